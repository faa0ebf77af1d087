using KnowledgeGraph.Core.Extraction.Evaluation;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Evaluation;

public class ExtractionEvaluatorTests
{
    private const string Annotations = """
        {
          "description": "two short texts written for this test",
          "documents": [
            {
              "key": "a", "split": "tune", "kind": "news",
              "title": "县政协开展民营企业走访活动",
              "issuer": "政协涟水县委员会",
              "issuerPlace": { "province": "江苏省", "city": "淮安市", "county": "涟水县" },
              "year": 2023, "date": "2023-05-06",
              "people": [ { "name": "王平", "roles": [ { "role": "主席", "body": "政协涟水县委员会" } ] } ],
              "activities": [ { "kind": "走访", "figure": 35, "unit": "家", "object": "民营企业", "committee": "政协涟水县委员会", "evidence": "走访民营企业35家" } ],
              "places": [ "涟水县" ]
            },
            { "key": "b", "split": "test", "title": null, "issuer": null, "year": null, "places": [] },
            { "key": "missing", "split": "test" }
          ]
        }
        """;

    private static readonly ExtractionEvaluator Evaluator = new(TestExtraction.Extractor, TestExtraction.Gazetteer);

    [Fact]
    public void A_document_whose_extraction_agrees_scores_every_field_and_item_right()
    {
        var gold = AnnotationSet.Parse(Annotations).Documents[0];
        var graph = Graph(
            title: "县政协开展民营企业走访活动",
            issuer: "政协涟水县委员会",
            nodes:
            [
                new Node("committee:政协涟水县委员会", "Committee", "政协涟水县委员会") { Properties = new Dictionary<string, object> { ["place"] = "place:320826" } },
                new Node("person:王平", "Person", "王平"),
                new Node("place:320826", "Place", "涟水县"),
                new Node("place:320800", "Place", "淮安市"),
                Activity("activity:1", 35, "家", "民营企业", "2023年，县政协走访民营企业35家。"),
            ],
            relations:
            [
                new Relation("ISSUED", "committee:政协涟水县委员会", "doc:a"),
                new Relation("MENTIONS", "doc:a", "place:320826"),
                new Relation("HAS_ROLE", "person:王平", "committee:政协涟水县委员会") { Key = "主席" },
                new Relation("CONDUCTED", "committee:政协涟水县委员会", "activity:1"),
            ]);

        var outcome = Evaluator.Compare(gold, graph);

        Assert.All(outcome.Fields.Values, f => Assert.True(f.Right, $"{f.Gold} vs {f.Extracted}"));
        Assert.Equal(1, outcome.Items[Measures.Place].Matched);
        Assert.Equal(1, outcome.Items[Measures.Place].Extracted);
        Assert.Equal(1, outcome.Items[Measures.CountedActivity].Matched);
        Assert.All(outcome.Details.Values, d => Assert.Equal(d.Of, d.Right));
        Assert.Equal(6, outcome.Details.Count);
    }

    [Fact]
    public void Wrong_fields_implied_places_and_figures_of_other_sentences_are_scored_as_such()
    {
        var gold = AnnotationSet.Parse(Annotations).Documents[0];
        var graph = Graph(
            title: "下载 打印",
            issuer: null,
            nodes:
            [
                new Node("place:320826", "Place", "涟水县"),
                new Node("place:360112", "Place", "新建区"),
                Activity("activity:1", 35, "家", "民营企业", "另有35家企业参加培训。"),
                Activity("activity:2", 12, "次", "协商", "开展协商12次。"),
            ],
            relations:
            [
                new Relation("MENTIONS", "doc:a", "place:360112"),
            ]);

        var outcome = Evaluator.Compare(gold, graph);
        var card = Scorecard.Of([outcome]);

        Assert.False(outcome.Fields[Measures.Title].Right);
        Assert.False(outcome.Fields[Measures.Issuer].Right);
        Assert.False(outcome.Fields[Measures.IssuerPlace].Right);
        Assert.Equal(0, card.Figure("Place.precision"));
        Assert.Equal(0, card.Figure("Place.recall"));
        Assert.Equal(0, card.Figure("counted activity.recall"));
        Assert.Equal(["新建区"], outcome.Items[Measures.Place].Spurious);
        Assert.Equal(2, outcome.Items[Measures.CountedActivity].Spurious.Count);
    }

    [Fact]
    public void A_text_without_title_or_issuer_is_right_when_nothing_is_extracted_and_leaves_the_title_out()
    {
        var gold = AnnotationSet.Parse(Annotations).Documents[1];

        var outcome = Evaluator.Compare(gold, Graph(title: "随便几个字", issuer: null, [], [], year: null));

        Assert.False(outcome.Fields.ContainsKey(Measures.Title));
        Assert.True(outcome.Fields[Measures.Issuer].Right);
        Assert.True(outcome.Fields[Measures.Year].Right);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(2019L, true)]
    [InlineData(2018L, true)]
    [InlineData(2020L, false)]
    public void A_year_annotated_null_with_alternatives_takes_null_or_an_alternative(long? extracted, bool right)
    {
        var gold = AnnotationSet.Parse("""
            { "documents": [ { "key": "c", "split": "tune", "year": null, "yearAlternatives": [2019, 2018] } ] }
            """).Documents[0];

        var outcome = Evaluator.Compare(gold, Graph(title: "县政协召开常委会议", issuer: null, [], [], year: extracted));

        Assert.Equal(right, outcome.Fields[Measures.Year].Right);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("政协上海市奉贤区委员会", true)]
    [InlineData("政协上海市青浦区委员会", false)]
    public void An_issuer_annotated_null_with_aliases_takes_null_or_an_alias_and_scores_no_place(string? extracted, bool right)
    {
        var gold = AnnotationSet.Parse("""
            { "documents": [ { "key": "d", "split": "tune", "issuer": null, "issuerAliases": ["政协上海市奉贤区委员会"], "places": [] } ] }
            """).Documents[0];

        var outcome = Evaluator.Compare(gold, Graph(title: "区政协开展社情民意信息沙龙", issuer: extracted, [], []));

        Assert.Equal(right, outcome.Fields[Measures.Issuer].Right);
        Assert.Equal(extracted is null || !right, outcome.Fields.ContainsKey(Measures.IssuerPlace));
    }

    [Theory]
    [InlineData("政協(xié)主席", "政协主席")]
    [InlineData("“两会”时间", "两会时间")]
    public void Names_and_titles_are_compared_without_glosses_quotes_and_traditional_forms(string written, string extracted)
    {
        Assert.Equal(Measures.Normalize(written), Measures.Normalize(extracted));
    }

    [Fact]
    public void A_set_that_annotates_no_initiatives_or_activities_scores_neither()
    {
        var gold = AnnotationSet.Parse("""{ "documents": [ { "key": "m", "split": "tune", "issuer": null, "people": [], "places": [] } ] }""").Documents[0];
        var graph = Graph(title: "县政协开展走访活动", issuer: null,
            [new Node("initiative:委员之家", "Initiative", "委员之家"), Activity("activity:1", 35, "家", "企业", "县政协走访企业35家。")], []);

        var outcome = Evaluator.Compare(gold, graph);

        Assert.Null(gold.Initiatives);
        Assert.Null(gold.Activities);
        Assert.False(outcome.Items.ContainsKey(Measures.Initiative));
        Assert.False(outcome.Items.ContainsKey(Measures.CountedActivity));
        Assert.True(outcome.Items.ContainsKey(Measures.Person));
    }

    // The activities sets annotate counts and the issuer's name only: an extracted place there is neither right nor
    // spurious, and an issuer's place is not scored against a place never given (the national committee, which has
    // none, still is).
    [Fact]
    public void A_set_that_annotates_no_places_scores_neither_places_nor_the_issuers_place()
    {
        var gold = AnnotationSet.Parse("""{ "documents": [ { "key": "m", "split": "tune", "issuer": "政协涟水县委员会", "people": [] } ] }""").Documents[0];
        var graph = Graph(title: "县政协开展走访活动", issuer: "政协涟水县委员会",
            [new Node("committee:政协涟水县委员会", "Committee", "政协涟水县委员会") { Properties = new Dictionary<string, object> { ["place"] = "place:320826" } },
             new Node("place:320826", "Place", "涟水县")],
            [new Relation("ISSUED", "committee:政协涟水县委员会", "doc:m"), new Relation("MENTIONS", "doc:m", "place:320826")]);

        var outcome = Evaluator.Compare(gold, graph);

        Assert.Null(gold.Places);
        Assert.False(outcome.Items.ContainsKey(Measures.Place));
        Assert.False(outcome.Fields.ContainsKey(Measures.IssuerPlace));
        Assert.True(outcome.Fields[Measures.Issuer].Right);

        var national = AnnotationSet.Parse("""{ "documents": [ { "key": "n", "split": "tune", "issuer": "中国人民政治协商会议全国委员会", "places": [] } ] }""").Documents[0];
        Assert.True(Evaluator.Compare(national, Graph(title: "全国政协召开会议", issuer: null, [], [])).Fields.ContainsKey(Measures.IssuerPlace));
    }

    [Fact]
    public void A_unit_written_in_traditional_characters_is_the_same_unit_simplified()
    {
        var gold = AnnotationSet.Parse("""
            { "documents": [ { "key": "a", "split": "tune",
              "activities": [ { "kind": "走访", "figure": 35, "unit": "個", "object": "村", "evidence": "走訪35個村" } ] } ] }
            """).Documents[0];
        var graph = Graph("标题", null, [Activity("activity:1", 35, "个", "村", "县政协走訪35個村。")], []);

        var outcome = Evaluator.Compare(gold, graph);

        Assert.Equal(1, outcome.Items[Measures.CountedActivity].Matched);
        Assert.Equal(1, outcome.Details[Measures.ActivityUnit].Right);
    }

    [Fact]
    public void Run_reads_texts_by_key_and_reports_a_missing_one_without_stopping()
    {
        var folder = Directory.CreateTempSubdirectory("kg-eval-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), "县政协开展民营企业走访活动\n\n2023年5月6日，涟水县政协主席王平带队走访民营企业35家。");
            File.WriteAllText(Path.Combine(folder.FullName, "b.txt"), "一段没有标题的文字。");

            var results = Evaluator.Run(AnnotationSet.Parse(Annotations), folder.FullName);

            Assert.Equal(3, results.Count);
            Assert.NotNull(results[0].Outcome);
            Assert.NotNull(results[1].Outcome);
            Assert.Null(results[2].Outcome);
            Assert.Contains("missing.txt", results[2].Problem, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("""{ "documents": [ { "split": "tune" } ] }""", "no key")]
    [InlineData("""{ "documents": [ { "key": "a", "split": "dev" } ] }""", "\"dev\"")]
    [InlineData("""{ "documents": [ { "key": "a", "split": "tune" }, { "key": "a", "split": "test" } ] }""", "twice")]
    [InlineData("""{ "documents": [ { "key": "a", "split": "tune", "year": "soon" } ] }""", "annotations")]
    public void Malformed_annotations_are_refused_saying_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => AnnotationSet.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Node Activity(string id, double value, string unit, string objectText, string sentence) =>
        new(id, "Activity", objectText)
        {
            Properties = new Dictionary<string, object> { ["kind"] = "走访", ["value"] = value, ["unit"] = unit, ["object"] = objectText },
            Evidence = [new Evidence("doc:a", "doc:a:s1:p1:t1", 0, 1, sentence)],
        };

    private static DocumentGraph Graph(string title, string? issuer, Node[] nodes, Relation[] relations, long? year = 2023)
    {
        var properties = new Dictionary<string, object> { ["title"] = title, ["date"] = "2023-05-06" };
        if (year is { } y)
        {
            properties["year"] = y;
        }

        if (issuer is not null)
        {
            properties["issuer"] = issuer;
        }

        return new DocumentGraph(new Node("doc:a", "Document", title) { Properties = properties }, nodes, relations, []);
    }
}
