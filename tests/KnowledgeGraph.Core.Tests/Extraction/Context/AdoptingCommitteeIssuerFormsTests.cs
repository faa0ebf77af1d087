namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A committee named as the one adopting information others submitted (全国政协单篇采用4条, 被省政协采用) is
// where the information went, not who tells the story. The texts are ours; the shapes are the genre's.
public class AdoptingCommitteeIssuerFormsTests
{
    private static object? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer");

    [Fact]
    public void A_partys_page_counting_its_information_adopted_by_the_national_committee_has_no_committee_issuer()
    {
        Assert.Null(Issuer("""
            喜报：市委会信息工作再获佳绩
            两年来，市委会共报送社情民意信息150条，其中全国政协单篇采用3条，全国政协转送采用6条，省政协采用40篇，在全市各民主党派中位居前列。
            """));
    }

    [Fact]
    public void A_county_committees_information_adopted_by_the_national_committee_stays_the_countys()
    {
        Assert.Equal("政协五河县委员会", Issuer("""
            五河县政协信息工作获表彰
            今年以来，县政协共报送信息80条，其中全国政协采用2条。
            """));
    }
}
