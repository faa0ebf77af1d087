using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph;

public class RelationTests
{
    [Fact]
    public void The_id_names_the_ends_the_type_and_the_key()
    {
        var relation = new Relation("HAS_ROLE", "person:张某", "committee:某市政协");

        Assert.Equal("person:张某|HAS_ROLE|committee:某市政协", relation.Id);
        Assert.Equal("person:张某|HAS_ROLE|committee:某市政协|副主席", (relation with { Key = "副主席" }).Id);
    }

    [Fact]
    public void A_copy_with_another_end_type_or_key_gets_its_own_id_after_the_first_was_read()
    {
        var relation = new Relation("ABOUT", "doc:1", "topic:乡村振兴") { Key = "a" };
        Assert.Equal("doc:1|ABOUT|topic:乡村振兴|a", relation.Id);

        Assert.Equal("doc:2|ABOUT|topic:乡村振兴|a", (relation with { From = "doc:2" }).Id);
        Assert.Equal("doc:1|ABOUT|topic:营商环境|a", (relation with { To = "topic:营商环境" }).Id);
        Assert.Equal("doc:1|MENTIONS|topic:乡村振兴|a", (relation with { Type = "MENTIONS" }).Id);
        Assert.Equal("doc:1|ABOUT|topic:乡村振兴", (relation with { Key = "" }).Id);
        Assert.Equal("doc:1|ABOUT|topic:乡村振兴|a", (relation with { Evidence = [] }).Id);
    }

    [Fact]
    public void Equality_does_not_depend_on_whether_the_id_was_read()
    {
        var properties = new Dictionary<string, object> { ["weight"] = 2 };
        var read = new Relation("ABOUT", "doc:1", "topic:乡村振兴") { Properties = properties };
        var unread = new Relation("ABOUT", "doc:1", "topic:乡村振兴") { Properties = properties };
        _ = read.Id;

        Assert.Equal(read, unread);
        Assert.Equal(read.GetHashCode(), unread.GetHashCode());
        Assert.NotEqual(read, unread with { Key = "b" });
        Assert.NotEqual(read, unread with { Properties = new Dictionary<string, object>() });

        var (type, from, to) = read;
        Assert.Equal(("ABOUT", "doc:1", "topic:乡村振兴"), (type, from, to));
    }
}
