using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Activities;

/// <summary>
/// The topic of an activity whose clause names none: the topic its paragraph names most, else the
/// document's own topic (named in a heading, or named most and at least twice, or the only one
/// named). A text about 民营经济 makes its visits visits about 民营经济.
/// </summary>
internal sealed class TopicFallback
{
    private readonly Dictionary<string, string> _byParagraph = new(StringComparer.Ordinal);
    private readonly string? _document;

    public TopicFallback(DocumentFindings findings)
    {
        var topics = findings.Mentions.Where(m => m.Label == Labels.Topic && !m.Implied).ToList();
        foreach (var paragraph in topics.Where(m => m.Unit.ParagraphId is not null).GroupBy(m => m.Unit.ParagraphId!))
        {
            _byParagraph[paragraph.Key] = Most(paragraph);
        }

        var counts = topics.GroupBy(m => m.Id).ToList();
        _document = topics.FirstOrDefault(m => m.Unit.IsHeading)?.Id
            ?? (counts.Count == 1 ? counts[0].Key : null)
            ?? (counts.Count > 1 && counts.Max(g => g.Count()) >= 2 ? Most(topics) : null);
    }

    /// <summary>Gives <paramref name="draft"/> the fallback topic when it has none of its own.</summary>
    public void Fill(ActivityDraft draft)
    {
        if (draft.TopicIds.Count > 0 || draft.Spans.Count == 0)
        {
            return;
        }

        var paragraph = draft.Spans[0].Unit.ParagraphId;
        if ((paragraph is not null && _byParagraph.TryGetValue(paragraph, out var topic) ? topic : _document) is { } chosen)
        {
            draft.TopicIds.Add(chosen);
        }
    }

    // The topic named most, the first named among equals.
    private static string Most(IEnumerable<Mention> mentions) =>
        mentions.GroupBy(m => m.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Unit.Ordinal).First().Key;
}
