namespace EconSecGraph.Storage.FullText;

/// <summary>Word-break classes close to Unicode UAX #29 as Lucene's StandardTokenizer applies them.</summary>
internal enum CharClass
{
    Other,
    Letter,
    Digit,
    Han,
    Hiragana,
    Katakana,
    Hangul,
    Mark,
    ExtendNumLet,
    MidLetter,
    MidNum,
    MidNumLet,
}
