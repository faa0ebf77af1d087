using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>Where a fact about the whole document was read.</summary>
internal sealed record TextSpan(TextUnit Unit, int Start, int End);

/// <summary>An organisation other than a committee that issues or publishes a document (江苏省人民政府, 人民政协报).</summary>
/// <param name="Name">Its full name, the id's key.</param>
/// <param name="Kind">政府, 人大, 媒体, 办公机构 …, as the Body nodes' <c>kind</c>.</param>
/// <param name="Place">Where it sits, or null.</param>
/// <param name="Committee">The committee it belongs to (a committee's office), or null.</param>
internal sealed record IssuingBody(string Name, string Kind, Place? Place, CommitteeIdentity? Committee = null)
{
    public string Id => "body:" + Name;
}

/// <summary>
/// What the document says about itself, read from its metadata, the lines above its body and its
/// own text before anything else: who issues it, where it is from, which year it reports on,
/// when it was given or published, its title.
/// </summary>
/// <param name="Issuer">The committee the document speaks for, or null when the text does not name one.</param>
/// <param name="IssuerBody">The issuer when it is not a committee (a government, a congress), or null.</param>
/// <param name="IssuerSpan">Where the issuer is named, or null.</param>
/// <param name="Place">The document's own place (the issuer's, else the place its head and text name most), or null.</param>
/// <param name="Year">The year reported on, or null.</param>
/// <param name="Date">The date the document was given or published (2024-01-15), or null.</param>
/// <param name="Title">The document's own title, or null when it has none.</param>
/// <param name="Name">What to call the document: its title, else its first words.</param>
/// <param name="Publisher">The newspaper or office named as its source, or null.</param>
/// <param name="PublisherSpan">Where the publisher is named in the text, or null.</param>
/// <param name="NamedCommittees">Every committee the document names with its place, by place code, for reading who did what in a place.</param>
internal sealed record DocumentContext(
    CommitteeIdentity? Issuer,
    IssuingBody? IssuerBody,
    TextSpan? IssuerSpan,
    Place? Place,
    int? Year,
    string? Date,
    string? Title,
    string Name,
    IssuingBody? Publisher,
    TextSpan? PublisherSpan,
    IReadOnlyDictionary<string, CommitteeIdentity> NamedCommittees)
{
    /// <summary>
    /// True when the document names no issuer but reads as a committee's account of its work throughout (政协 named,
    /// and its words 协商, 议政, 提案, 常委, 委员 fifteen times or more): its sentences without a subject are the
    /// unnamed committee's.
    /// </summary>
    public bool AboutCommitteeWork { get; init; }

    /// <summary>The issuer's canonical name, whatever kind of body it is.</summary>
    public string? IssuerName => Issuer?.Name ?? IssuerBody?.Name;

    /// <summary>The issuer's node id, or null.</summary>
    public string? IssuerId => Issuer?.Id ?? IssuerBody?.Id;

    /// <summary>The place of the issuer, else of the document.</summary>
    public Place? IssuerPlace => Issuer?.Place ?? IssuerBody?.Place ?? Place;
}
