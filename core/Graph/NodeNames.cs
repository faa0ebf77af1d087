namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// The form in which a name or an alias is looked up exactly (<see cref="IGraphStore.FindNamedAsync"/>):
/// quotation marks removed wherever they stand and white space trimmed at either end, so that
/// “码”上议, 《码上议》 and 码上议 are one name.
/// </summary>
public static class NodeNames
{
    /// <summary>The quotation marks a name is looked up without: Chinese and Western quotes and title marks.</summary>
    public const string QuotationMarks = "“”‘’\"'「」『』《》";

    /// <summary><paramref name="name"/> without quotation marks, trimmed (<see cref="string.Trim()"/>: Unicode white space).</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.AsSpan().IndexOfAny(QuotationMarks) < 0)
        {
            return name.Trim();
        }

        return string.Concat(name.Where(c => !QuotationMarks.Contains(c))).Trim();
    }
}
