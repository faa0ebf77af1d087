using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// The document's issuer when it is not a committee (江苏省人民政府) and its publisher (安徽日报, a
/// committee's office) as Body mentions where the text names them, and the publisher's relations:
/// REPORTED_BY from the document, PART_OF a committee for a committee's office.
/// </summary>
internal static class IssuingBodies
{
    public static void Add(DocumentContext context, DocumentFindings findings, PlaceFinder places)
    {
        if (context.IssuerBody is { } issuer && context.IssuerSpan is { } span)
        {
            Add(findings, issuer, span);
        }

        if (context.Publisher is { } publisher && context.PublisherSpan is { } at && publisher.Id != context.IssuerId)
        {
            Add(findings, publisher, at);
            findings.Relations.Add(new RelationFact("REPORTED_BY", DocumentIdMarker, publisher.Id, at.Unit, at.Start, at.End));
            if (publisher.Committee is { } committee)
            {
                findings.Register(committee);
                findings.Relations.Add(new RelationFact("PART_OF", publisher.Id, committee.Id, at.Unit, at.Start, at.End));
            }
        }
    }

    /// <summary>Stands for the document's own id in a relation read before the document node exists.</summary>
    public const string DocumentIdMarker = "document:";

    private static void Add(DocumentFindings findings, IssuingBody body, TextSpan span)
    {
        // 政府 alone (in 政府工作报告) names the body without being one of its names.
        var surface = span.Unit.Text[span.Start..span.End];
        var mention = new Mention(Labels.Body, body.Id, body.Name, span.Unit, span.Start, span.End) { IsName = surface.Length > 2 };
        mention.Properties["kind"] = body.Kind;
        if (body.Place is { } place)
        {
            mention.Properties["place"] = place.Id;
        }

        findings.Add(mention);
    }
}
