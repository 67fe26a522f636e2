using System.Globalization;
using System.Text;

namespace EconSecGraph.Storage.FullText;

/// <summary>Classifies runes for the tokenizers.</summary>
internal static class CharClasses
{
    public static CharClass Of(Rune r)
    {
        var v = r.Value;
        if (v is >= 0x3040 and <= 0x309F)
        {
            return CharClass.Hiragana;
        }
        if (
            v
            is (>= 0x30A0 and <= 0x30FA)
                or (>= 0x30FC and <= 0x30FF)
                or (>= 0x31F0 and <= 0x31FF)
                or (>= 0xFF66 and <= 0xFF9F)
        )
        {
            return CharClass.Katakana;
        }
        if (
            v
            is (>= 0x4E00 and <= 0x9FFF)
                or (>= 0x3400 and <= 0x4DBF)
                or (>= 0x20000 and <= 0x3134F)
                or (>= 0xF900 and <= 0xFAFF)
                or 0x3005
                or 0x3007
                or (>= 0x3021 and <= 0x3029)
        )
        {
            return CharClass.Han;
        }
        if (v is (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F))
        {
            return CharClass.Hangul;
        }
        switch (v)
        {
            case '_':
                return CharClass.ExtendNumLet;
            case '\'' or '.' or 0x2018 or 0x2019 or 0x2024 or 0xFE52 or 0xFF07 or 0xFF0E:
                return CharClass.MidNumLet;
            case ':' or 0x00B7 or 0x0387 or 0x05F4 or 0x2027 or 0xFE13 or 0xFE55 or 0xFF1A:
                return CharClass.MidLetter;
            case ','
            or ';'
            or 0x037E
            or 0x0589
            or 0x060C
            or 0x066C
            or 0x07F8
            or 0x2044
            or 0xFE10
            or 0xFE14
            or 0xFE50
            or 0xFE54
            or 0xFF0C
            or 0xFF1B:
                return CharClass.MidNum;
        }
        var cat = Rune.GetUnicodeCategory(r);
        return cat switch
        {
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber => CharClass.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark =>
                CharClass.Mark,
            UnicodeCategory.ConnectorPunctuation => CharClass.ExtendNumLet,
            _ => CharClass.Other,
        };
    }

    public static bool IsCjk(CharClass c) =>
        c is CharClass.Han or CharClass.Hiragana or CharClass.Katakana or CharClass.Hangul;
}
