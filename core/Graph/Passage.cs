namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// A sentence of a document, as the full-text index keeps it, with what the graph knows about it.
/// </summary>
/// <param name="Id">Stable id of the sentence (<c>{documentId}:s2:p1:t3</c>), or of a heading (<c>{documentId}:s2:h</c>).</param>
/// <param name="DocumentId">Id of the document node.</param>
/// <param name="SectionId">Id of the section it stands in.</param>
/// <param name="Text">The sentence, repaired.</param>
/// <param name="Start">Offset of the sentence in the document's original text.</param>
/// <param name="End">Offset just past the sentence in the original text.</param>
public sealed record Passage(string Id, string DocumentId, string SectionId, string Text, int Start, int End)
{
    /// <summary>Canonical name of the committee the passage speaks for (the issuing one, or a county committee it names).</summary>
    public string? Committee { get; init; }

    public string? City { get; init; }

    public string? Province { get; init; }

    /// <summary>The year the passage is about, else the document's.</summary>
    public int? Year { get; init; }

    /// <summary>Ids of the entities mentioned in the passage.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];
}
