using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Text;
using KnowledgeGraph.Core.Tests.Text;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>What the issue asks of the five seeds: figures, hierarchy, evidence, schema.</summary>
public class SeedExtractionTests
{
    public static TheoryData<string> Seeds => SeedDocuments.Prefixes;

    [Theory]
    [InlineData("000", 603, "政协淮安市委员会", "市县两级")]
    [InlineData("002", 534, "政协盐城市委员会", "市县联动")]
    public void Both_private_economy_visit_campaigns_are_activities_with_their_figure_year_topic_and_committee(string seed, double enterprises, string committee, string scope)
    {
        var graph = TestExtraction.ReadSeed(seed).Graph;

        var visit = Assert.Single(graph.OfLabel("Activity"), a => a.Properties.GetValueOrDefault("value") is double v && v == enterprises);
        Assert.Equal("走访", visit.Properties["kind"]);
        Assert.Equal("家", visit.Properties["unit"]);
        Assert.Equal("民营企业", visit.Properties["object"]);
        Assert.Equal(2023L, visit.Properties["year"]);
        Assert.Equal("民营经济", visit.Properties["topic"]);
        Assert.Equal(scope, visit.Properties["scope"]);
        Assert.True(graph.HasRelation("ABOUT", visit.Id, "topic:民营经济"));
        Assert.True(graph.HasRelation("CONDUCTED", "committee:" + committee, visit.Id));
    }

    [Theory]
    [InlineData("响水县", "320921")]
    [InlineData("滨海县", "320922")]
    [InlineData("阜宁县", "320923")]
    [InlineData("射阳县", "320924")]
    [InlineData("建湖县", "320925")]
    [InlineData("东台市", "320981")]
    [InlineData("盐城市大丰区", "320904")]
    [InlineData("盐城市盐都区", "320903")]
    [InlineData("盐城市亭湖区", "320902")]
    public void Every_county_committee_of_the_Yancheng_review_sits_in_its_county_and_belongs_to_Yancheng(string county, string code)
    {
        var graph = TestExtraction.ReadSeed("002").Graph;
        var committee = $"committee:政协{county}委员会";

        Assert.True(graph.HasRelation("LOCATED_IN", committee, "place:" + code));
        Assert.True(graph.HasRelation("PART_OF", committee, "committee:政协盐城市委员会"));
        Assert.True(graph.HasRelation("PART_OF", "place:" + code, "place:320900"));
        Assert.True(graph.HasRelation("PART_OF", "place:320900", "place:320000"));
    }

    [Theory]
    [InlineData("003", "政协涟水县委员会", "320826", "政协淮安市委员会", "320800")]
    [InlineData("003", "政协淮安市清江浦区委员会", "320812", "政协淮安市委员会", "320800")]
    [InlineData("004", "政协泰州市姜堰区委员会", "321204", "政协泰州市委员会", "321200")]
    public void County_committees_belong_to_their_city(string seed, string committee, string county, string cityCommittee, string city)
    {
        var graph = TestExtraction.ReadSeed(seed).Graph;

        Assert.True(graph.HasRelation("LOCATED_IN", "committee:" + committee, "place:" + county));
        Assert.True(graph.HasRelation("PART_OF", "committee:" + committee, "committee:" + cityCommittee));
        Assert.True(graph.HasRelation("PART_OF", "place:" + county, "place:" + city));
        Assert.Equal("Place", graph.Single("place:" + city).Label);
    }

    [Fact]
    public void A_town_is_read_in_the_county_the_text_names_before_it()
    {
        var graph = TestExtraction.ReadSeed("002").Graph;

        // 阜宁县罗桥镇, not the 罗桥镇 of 湖南.
        var town = graph.Single("place:320923112");
        Assert.Equal("罗桥镇", town.Name);
        Assert.True(graph.HasRelation("PART_OF", "place:320923112", "place:320923"));
        Assert.DoesNotContain(graph.Nodes, n => n.Id == "place:430482111");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_seed_passes_the_schema_with_no_problems(string seed)
    {
        var graph = TestExtraction.ReadSeed(seed).Graph;

        Assert.Empty(TestExtraction.Schema.Validate(graph));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_evidence_quotes_its_mention_exactly_from_the_original_text(string seed)
    {
        var original = SeedDocuments.Read(seed);
        var reading = TestExtraction.ReadSeed(seed);
        var graph = reading.Graph;
        var evidence = graph.Nodes.SelectMany(n => n.Evidence).Concat(graph.Relations.SelectMany(r => r.Evidence)).ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            var mention = reading.MentionTexts[e];
            var quoted = original[e.Start..e.End];
            Assert.Equal(Comparable(mention), Comparable(quoted));
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_entity_and_relation_has_evidence_and_every_relation_end_is_in_the_graph(string seed)
    {
        var graph = TestExtraction.ReadSeed(seed).Graph;
        var ids = graph.Nodes.Select(n => n.Id).Append(graph.Document.Id).ToHashSet();

        Assert.All(graph.Nodes, n => Assert.NotEmpty(n.Evidence));
        Assert.All(graph.Relations, r =>
        {
            Assert.NotEmpty(r.Evidence);
            Assert.Contains(r.From, ids);
            Assert.Contains(r.To, ids);
        });
        Assert.Equal(graph.Nodes.Count, ids.Count - 1);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void There_is_one_passage_per_sentence_and_heading_with_original_offsets_and_known_entities(string seed)
    {
        var original = SeedDocuments.Read(seed);
        var graph = TestExtraction.ReadSeed(seed).Graph;
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();

        Assert.Equal(graph.Passages.Count, graph.Passages.Select(p => p.Id).Distinct().Count());
        Assert.All(graph.Passages, p =>
        {
            // Passages hold the repaired text (20232023年年 → 2023年): compare with the repaired source.
            var repaired = new TextNormalizer().Normalize(original[p.Start..p.End]).Text;
            Assert.Equal(Comparable(p.Text), Comparable(repaired).Replace("#", "", StringComparison.Ordinal));
            Assert.All(p.EntityIds, id => Assert.Contains(id, ids));
            Assert.NotNull(p.Committee);
            Assert.NotNull(p.Year);
        });
    }

    [Fact]
    public void A_county_committees_passages_carry_its_city_and_province()
    {
        var graph = TestExtraction.ReadSeed("003").Graph;

        var passage = Assert.Single(graph.Passages, p => p.Text.StartsWith("2023年以来，涟水县政协聚焦本职", StringComparison.Ordinal));
        Assert.Equal("政协涟水县委员会", passage.Committee);
        Assert.Equal("淮安市", passage.City);
        Assert.Equal("江苏省", passage.Province);
        Assert.Equal(2023, passage.Year);
        Assert.Contains("committee:政协涟水县委员会", passage.EntityIds);
    }

    [Fact]
    public void A_plan_for_next_year_is_read_as_that_year()
    {
        var graph = TestExtraction.ReadSeed("004").Graph;

        var visits = Assert.Single(graph.OfLabel("Activity"), a => a.Name == "走近委员");
        Assert.Equal(2025L, visits.Properties["year"]);
    }

    [Fact]
    public void Initiatives_that_are_only_neighbours_in_a_section_are_not_related()
    {
        var graph = TestExtraction.ReadSeed("000").Graph;

        // 码上议, 慧提案 and 数字政协 are items of one section of the report; no sentence links them.
        string[] neighbours = ["initiative:码上议", "initiative:慧提案系统", "initiative:数字政协"];
        Assert.All(neighbours, id => graph.Single(id));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "RELATED_TO" && neighbours.Contains(r.From) && neighbours.Contains(r.To));
        Assert.All(graph.Relations.Where(r => r.Type == "RELATED_TO"), r =>
        {
            Assert.NotEmpty(r.Evidence);
            Assert.StartsWith("linked in", ((string[])r.Properties["reasons"])[0], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Initiatives_are_parts_and_versions_of_each_other_where_the_text_says_so()
    {
        var huaian = TestExtraction.ReadSeed("000").Graph;
        var brand = TestExtraction.ReadSeed("001").Graph;

        Assert.True(huaian.HasRelation("PART_OF", "initiative:云履职", "initiative:数字政协"));
        var version = Assert.Single(huaian.Relations, r => r.Type == "VERSION_OF");
        Assert.Equal(("initiative:慧提案系统2.0", "initiative:慧提案系统", "2.0"), (version.From, version.To, (string)version.Properties["version"]));
        Assert.True(brand.HasRelation("PART_OF", "initiative:码上议", "initiative:有事好商量"));
    }

    [Fact]
    public void A_person_is_read_after_a_title_even_when_the_segmenter_glues_the_name_to_the_next_word()
    {
        var huaian = TestExtraction.ReadSeed("000").Graph;
        var lianshui = TestExtraction.ReadSeed("003").Graph;

        Assert.Contains("市政协主席", (string[])huaian.Single("person:戚寿余").Properties["roles"]);
        Assert.True(huaian.HasRelation("LEADS", "person:戚寿余", "committee:政协淮安市委员会"));
        Assert.Contains(lianshui.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:张义珍" && r.To == "committee:政协江苏省委员会" && r.Key == "主席");
        var survey = Assert.Single(lianshui.Relations, r => r.Type == "LEADS" && r.From == "person:张义珍" && r.To.StartsWith("activity:", StringComparison.Ordinal));
        Assert.True(lianshui.HasRelation("HELD_ON", survey.To, "date:2023-10-13"));
        Assert.Contains(lianshui.Relations, r => r.Type == "HAS_ROLE" && r.From == "person:王玉峰" && r.Key == "通讯员" && r.To == "committee:政协涟水县委员会");
    }

    [Fact]
    public void Relative_dates_are_read_against_the_year_they_belong_to()
    {
        var reading = TestExtraction.ReadSeed("000");

        var year = reading.Graph.Single("date:2023");
        Assert.Contains(year.Evidence, e => reading.MentionTexts[e] == "一年来");
        var plan = reading.Graph.Single("date:2024");
        Assert.Contains(plan.Evidence, e => reading.MentionTexts[e] == "2024年");
        Assert.Equal("2024-01-15", reading.Graph.Document.Properties["date"]);
    }

    private static string Comparable(string text) => DocumentText.Comparable(text);
}
