using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>Where a fact about the whole document was read.</summary>
internal sealed record TextSpan(TextUnit Unit, int Start, int End);

/// <summary>
/// What the document says about itself, read from its own text before anything else: who
/// issues it, which year it reports on, when it was given, its title.
/// </summary>
/// <param name="Issuer">The committee the document speaks for, or null when the text does not name one.</param>
/// <param name="IssuerSpan">Where the issuer is named.</param>
/// <param name="Year">The year reported on, or null.</param>
/// <param name="Date">The date the document was given (2024-01-15), or null.</param>
/// <param name="Title">The title, or the first words of the text.</param>
/// <param name="NamedCommittees">Every committee the document names with its place, by place code, for reading who did what in a place.</param>
internal sealed record DocumentContext(
    CommitteeIdentity? Issuer,
    TextSpan? IssuerSpan,
    int? Year,
    string? Date,
    string Title,
    IReadOnlyDictionary<string, CommitteeIdentity> NamedCommittees);
