using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Search.Semantic;

public class QueryUnderstandingTests(SeedCorpus corpus) : IClassFixture<SeedCorpus>
{
    private QueryUnderstanding Understanding => corpus.Services.GetRequiredService<QueryUnderstanding>();

    [Fact]
    public async Task A_synonym_brings_its_topic_and_the_other_synonyms_weighted_below_the_query_words()
    {
        var query = await Understanding.UnderstandAsync("民企调研");

        Assert.Equal(["民营经济"], query.Topics);
        var concept = Assert.Single(query.Concepts, c => c.Text == "民企");
        var terms = concept.Expansions.Where(e => e.Source == Core.Search.Associations.AssociateSource.Vocabulary).ToDictionary(e => e.Term);
        Assert.Equal(ExpansionRelation.Synonym, terms["民营经济"].Relation);
        Assert.Contains("私营企业", terms.Keys);
        Assert.Contains("非公有制经济", terms.Keys);
        Assert.All(query.Expansions, e => Assert.InRange(e.Weight, 0.01, 0.99));
        Assert.Equal(1.0, query.Concepts.Sum(c => c.Share), 6);
        Assert.DoesNotContain("民企", terms.Keys);
        Assert.Equal(ExpansionRelation.Broader, terms["经济发展"].Relation);
        Assert.True(terms["经济发展"].Weight < terms["民营经济"].Weight);
    }

    [Fact]
    public async Task A_group_brings_its_narrower_topics()
    {
        var query = await Understanding.UnderstandAsync("政协履职");

        var terms = query.Expansions.Where(e => e.Source == Core.Search.Associations.AssociateSource.Vocabulary).GroupBy(e => e.Term).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal(ExpansionRelation.Narrower, terms["数字政协"].Relation);
        Assert.Equal(ExpansionRelation.Narrower, terms["智慧政协"].Relation);
    }

    [Fact]
    public async Task Words_that_name_an_entity_by_an_alias_link_to_it_and_bring_its_neighbours()
    {
        var query = await Understanding.UnderstandAsync("清江浦区政协提案故事");

        var committee = Assert.Single(query.Entities, e => e.Type == "Committee");
        Assert.Equal("committee:政协淮安市清江浦区委员会", committee.Id);
        Assert.Equal("清江浦区政协", committee.Matched);
        Assert.NotEmpty(query.Neighbors);
        Assert.DoesNotContain(committee.Id, query.Neighbors);
    }

    [Fact]
    public async Task A_topic_named_by_a_synonym_links_to_the_topic_node_of_the_graph()
    {
        var query = await Understanding.UnderstandAsync("私营企业");

        Assert.Contains(query.Entities, e => e.Id == "topic:民营经济" && e.Matched == "民营经济");
    }

    [Fact]
    public async Task An_initiative_is_linked_by_its_name_without_the_quotes_the_text_had()
    {
        var query = await Understanding.UnderstandAsync("码上议");

        Assert.Contains(query.Entities, e => e.Id == "initiative:码上议");
        Assert.Contains("initiative:有事好商量", query.Neighbors);
    }

    [Fact]
    public async Task A_query_that_names_nothing_known_gets_no_vocabulary_term_no_entity_and_no_associate_strong_enough_to_match_alone()
    {
        var query = await Understanding.UnderstandAsync("量子计算机");

        Assert.Empty(query.Topics);
        Assert.DoesNotContain(query.Expansions, e => e.Source == Core.Search.Associations.AssociateSource.Vocabulary);
        Assert.Empty(query.Entities);
        Assert.NotEmpty(query.Words);
        Assert.All(query.Expansions, e => Assert.True(e.Weight < HybridWeights.Default.Floor / query.Concepts.Single(c => c.Text == e.Concept).Share || e.Weight < 0.5, e.ToString()));
    }

    [Fact]
    public async Task Associates_are_only_words_the_index_holds()
    {
        // 小孩 is glossed "child" as 儿童 is, but no seed says 儿童: a synonym no passage holds is not searched for.
        var query = await Understanding.UnderstandAsync("小孩");

        var concept = Assert.Single(query.Concepts);
        Assert.DoesNotContain(concept.Expansions, e => e.Term == "儿童");
        var index = corpus.Services.GetRequiredService<Core.Search.PassageIndex>();
        Assert.All(concept.Expansions, e => Assert.True(index.Search(s => s.IndexReader.DocFreq(new Lucene.Net.Index.Term(Core.Search.PassageFields.Words, e.Term))) > 0, e.Term));
    }
}
