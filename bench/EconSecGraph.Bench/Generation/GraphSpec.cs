namespace EconSecGraph.Bench.Generation;

/// <summary>The fixed vocabulary of the generated graph: labels, relationship types and name parts.</summary>
public static class GraphSpec
{
    /// <summary>Labels with relative weights (skewed, as in real data).</summary>
    public static readonly (string Label, int Weight)[] Labels =
    [
        ("Person", 40),
        ("Organization", 25),
        ("Article", 20),
        ("Event", 10),
        ("Program", 5),
    ];

    public static readonly string[] Types = ["RELATED_TO", "MEMBER_OF", "REPORTS", "FUNDS", "PRECEDES"];

    /// <summary>Japanese name parts: two of them start every name, so a two-part prefix selects ~1/1600 of nodes.</summary>
    public static readonly string[] JapaneseParts =
    [
        "経済",
        "安全",
        "保障",
        "技術",
        "研究",
        "大学",
        "防衛",
        "装備",
        "基金",
        "計画",
        "政策",
        "会議",
        "輸出",
        "規制",
        "量子",
        "半導",
        "宇宙",
        "通信",
        "資金",
        "人材",
        "情報",
        "産業",
        "科学",
        "国際",
        "戦略",
        "委員",
        "法案",
        "制度",
        "開発",
        "育成",
        "協議",
        "機関",
        "推進",
        "流出",
        "対策",
        "重要",
        "先端",
        "民生",
        "軍事",
        "調達",
    ];

    /// <summary>Latin name parts: one of them follows, so a substring query selects ~1/24 of nodes.</summary>
    public static readonly string[] LatinParts =
    [
        "Alpha",
        "Beacon",
        "Cipher",
        "Delta",
        "Echo",
        "Falcon",
        "Granite",
        "Harbor",
        "Ion",
        "Jade",
        "Kestrel",
        "Lumen",
        "Meridian",
        "Nova",
        "Orbit",
        "Prism",
        "Quantum",
        "Relay",
        "Sierra",
        "Tensor",
        "Umbra",
        "Vector",
        "Willow",
        "Zenith",
    ];
}
