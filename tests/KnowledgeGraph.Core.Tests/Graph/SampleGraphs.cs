using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>
/// Small document graphs in the shape the extractor produces, from the 淮安 and 涟水 work reports:
/// each document brings every node its relations refer to.
/// </summary>
internal static class SampleGraphs
{
    public const string HuaianReport = "doc:huaian-2024-work-report";
    public const string LianshuiReport = "doc:lianshui-2024-work-report";
    public const string VillageReport = "doc:suqian-2024-rural";
    public const string HuaianCommittee = "committee:政协淮安市委员会";
    public const string LianshuiCommittee = "committee:政协涟水县委员会";
    public const string Huaian = "place:320800";
    public const string Jiangsu = "place:320000";
    public const string Lianshui = "place:320826";
    public const string PrivateEconomy = "topic:民营经济";
    public const string RuralRevitalisation = "topic:乡村振兴";
    public const string Visit = "activity:huaian-2024-走访民营企业";

    public static Node Jiangsu省 => new(Jiangsu, "Place", "江苏省") { Properties = Props(("code", "320000"), ("level", "province")) };

    public static Node 淮安市 => new(Huaian, "Place", "淮安市") { Properties = Props(("code", "320800"), ("level", "city"), ("province", "江苏省")) };

    public static Node 涟水县 => new(Lianshui, "Place", "涟水县") { Properties = Props(("code", "320826"), ("level", "county"), ("province", "江苏省"), ("city", "淮安市")) };

    /// <summary>The 淮安 report: the committee, its places, a visit to 603 private firms about 民营经济.</summary>
    public static DocumentGraph Huaian2024(bool withVisit = true)
    {
        const string d = HuaianReport;
        var nodes = new List<Node>
        {
            new(HuaianCommittee, "Committee", "政协淮安市委员会")
            {
                Aliases = ["淮安市政协"],
                Properties = Props(("level", "市"), ("place", "淮安市")),
                Evidence = [E(d, 1, 0, "政协淮安市委员会常务委员会工作报告")],
            },
            淮安市 with { Evidence = [E(d, 1, 2, "淮安市")] },
            Jiangsu省,
            涟水县 with { Evidence = [E(d, 4, 30, "涟水县")] },
            new(PrivateEconomy, "Topic", "民营经济") { Properties = Props(("synonyms", new[] { "民营企业", "非公经济" })), Evidence = [E(d, 4, 12, "民营经济")] },
        };
        var relations = new List<Relation>
        {
            new("ISSUED", HuaianCommittee, d) { Evidence = [E(d, 1, 0, "政协淮安市委员会常务委员会工作报告")] },
            new("LOCATED_IN", HuaianCommittee, Huaian),
            new("PART_OF", Huaian, Jiangsu),
            new("PART_OF", Lianshui, Huaian),
            new("MENTIONS", d, PrivateEconomy) { Properties = Props(("count", 3L)), Evidence = [E(d, 4, 12, "民营经济")] },
        };
        if (withVisit)
        {
            nodes.Add(new Node(Visit, "Activity", "走访民营企业")
            {
                Properties = Props(("kind", "走访"), ("topic", "民营经济"), ("year", 2024L), ("value", 603.0), ("unit", "家")),
                Evidence = [E(d, 4, 10, "走访民营企业603家")],
            });
            relations.Add(new Relation("CONDUCTED", HuaianCommittee, Visit) { Properties = Props(("role", "组织")), Evidence = [E(d, 4, 0, "市政协组织委员走访民营企业603家")] });
            relations.Add(new Relation("ABOUT", Visit, PrivateEconomy));
            relations.Add(new Relation("LOCATED_IN", Visit, Lianshui) { Evidence = [E(d, 4, 30, "深入涟水县")] });
        }

        return new DocumentGraph(
            new Node(d, "Document", "政协淮安市委员会常务委员会工作报告")
            {
                Properties = Props(("title", "政协淮安市委员会常务委员会工作报告"), ("committee", "政协淮安市委员会"), ("year", 2024L), ("contentHash", "dab71682d7b0d12b")),
            },
            nodes,
            relations,
            [
                new Passage($"{d}:s1:p1:t1", d, $"{d}:s1", "政协淮安市委员会常务委员会工作报告", 0, 17) { Committee = "政协淮安市委员会", City = "淮安市", Province = "江苏省", Year = 2024 },
                new Passage($"{d}:s2:p1:t4", d, $"{d}:s2", "市政协组织委员走访民营企业603家，深入涟水县调研。", 120, 145) { EntityIds = [Visit, Lianshui] },
            ]);
    }

    /// <summary>The 涟水 report: its own committee under 淮安's (with another alias for it), sharing 淮安市, 涟水县 and 民营经济.</summary>
    public static DocumentGraph Lianshui2024()
    {
        const string d = LianshuiReport;
        return new DocumentGraph(
            new Node(d, "Document", "政协涟水县委员会常务委员会工作报告") { Properties = Props(("year", 2024L), ("committee", "政协涟水县委员会")) },
            [
                new(LianshuiCommittee, "Committee", "政协涟水县委员会") { Aliases = ["涟水县政协", "县政协"], Properties = Props(("level", "县")), Evidence = [E(d, 1, 0, "政协涟水县委员会")] },
                new(HuaianCommittee, "Committee", "政协淮安市委员会") { Aliases = ["市政协"], Properties = Props(("level", "地级市")), Evidence = [E(d, 2, 40, "市政协")] },
                淮安市 with { Evidence = [E(d, 2, 5, "淮安市")] },
                涟水县 with { Evidence = [E(d, 1, 2, "涟水县")] },
                new(PrivateEconomy, "Topic", "民营经济") { Evidence = [E(d, 3, 8, "民营经济")] },
            ],
            [
                new("ISSUED", LianshuiCommittee, d),
                new("LOCATED_IN", LianshuiCommittee, Lianshui),
                new("PART_OF", Lianshui, Huaian),
                new("PART_OF", LianshuiCommittee, HuaianCommittee) { Evidence = [E(d, 2, 40, "在市政协的指导下")] },
                new("MENTIONS", d, PrivateEconomy) { Properties = Props(("count", 1L)) },
            ],
            [new Passage($"{d}:s1:p1:t1", d, $"{d}:s1", "政协涟水县委员会常务委员会工作报告", 0, 17)]);
    }

    /// <summary>A document about 乡村振兴 that shares nothing with the others.</summary>
    public static DocumentGraph Village2024() => new(
        new Node(VillageReport, "Document", "乡村振兴专题协商") { Properties = Props(("year", 2024L)) },
        [new Node(RuralRevitalisation, "Topic", "乡村振兴") { Evidence = [E(VillageReport, 1, 0, "乡村振兴")] }],
        [new Relation("MENTIONS", VillageReport, RuralRevitalisation)],
        []);

    public static Evidence E(string document, int sentence, int start, string text) =>
        new(document, $"{document}:s1:p1:t{sentence}", start, start + text.Length, text);

    public static Dictionary<string, object> Props(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
