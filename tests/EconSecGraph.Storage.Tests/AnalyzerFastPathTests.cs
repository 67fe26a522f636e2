using System.Text;
using EconSecGraph.Storage.FullText;

namespace EconSecGraph.Storage.Tests;

/// <summary>The analyzer's allocation-free indexing path gives the same terms as the plain one.</summary>
public class AnalyzerFastPathTests
{
    private static readonly string[] s_texts =
    [
        "経済安全 Falcon 4711",
        "国家安全保障局 (NSS) and the Harbor's policy",
        "ＮＳＳ（国家安全保障局）",
        "ｶﾀｶﾅ組織 カタカナ ガ ｶﾞ か\u3099 ひらがな",
        "한국어 텍스트 ABC-123 e\u0301té",
        "The Quick brown FOX isn't 3.14 o'clock",
        "量",
        "",
        "  ",
        new string('カ', 300) + " 長い",
        "\U00020000\U00020001 𠀀 mixed 𠀀x",
    ];

    private sealed class Sink : ITermSink
    {
        public List<Token> Tokens { get; } = [];

        public void Add(ReadOnlySpan<char> term, int position) => Tokens.Add(new Token(new string(term), position));
    }

    [Fact]
    public void Analyze_IntoSink_GivesTheSameTermsAndPositions()
    {
        var interned = 0;
        foreach (var info in Analyzers.All)
        {
            var analyzer = Analyzers.Get(info.Name)!;
            foreach (var text in s_texts)
            {
                var plain = new List<Token>();
                var sink = new Sink();
                var p1 = analyzer.Analyze(text, plain, 3);
                var p2 = analyzer.Analyze(text.AsSpan(), sink, 3);
                Assert.Equal(plain, sink.Tokens);
                Assert.Equal(p1, p2);
                interned += sink.Tokens.Count;
            }
        }
        Assert.True(interned > 0);
    }

    [Fact]
    public void IsNfkcStable_OnlyForTextNfkcLeavesAlone()
    {
        string[] stable = ["経済安全 Falcon 4711", "ひらがな カタカナー", "abc ~!", ""];
        string[] unstable = ["ｶﾀｶﾅ", "ＮＳＳ", "か\u3099", "e\u0301", "①", "\u309f", "\u30ff", "丨\uf900"];
        foreach (var s in stable)
        {
            Assert.True(Analyzer.IsNfkcStable(s), s);
            Assert.Equal(s, s.Normalize(NormalizationForm.FormKC));
        }
        foreach (var s in unstable)
        {
            Assert.False(Analyzer.IsNfkcStable(s), s);
        }
        // every character the fast checks accept is its own NFKC form / its own lower case
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var s = ((char)c).ToString();
            if (Analyzer.IsCaseless(s))
            {
                Assert.Equal(s, s.ToLowerInvariant());
            }
        }
        Assert.True(Analyzer.IsCaseless("経済安全カナ한국"));
        Assert.False(Analyzer.IsCaseless("経済Ａ"));
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var s = ((char)c).ToString();
            if (!char.IsSurrogate((char)c) && Analyzer.IsNfkcStable(s))
            {
                Assert.Equal(s, s.Normalize(NormalizationForm.FormKC));
            }
        }
    }
}
