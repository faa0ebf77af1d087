using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;

namespace KnowledgeGraph.Api.Apis;

/// <summary>
/// A sentence that states a fact, as the API shows it: the document it is in, the sentence, the
/// mention's offsets in the document's original text, and where the mention stands in the sentence.
/// </summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Source">The document's file name.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Committee">The committee the passage speaks for.</param>
/// <param name="Date">The document's date (yyyy-MM-dd, or less precise), when known.</param>
/// <param name="PassageId">The sentence's id.</param>
/// <param name="Text">The sentence, as repaired.</param>
/// <param name="Start">The mention's first character in the document's original text.</param>
/// <param name="End">Just past the mention in the original text.</param>
/// <param name="MentionStart">The mention's first character in <paramref name="Text"/>; null when it cannot be placed.</param>
/// <param name="MentionEnd">Just past the mention in <paramref name="Text"/>.</param>
public sealed record EvidenceView(
    string DocumentId,
    string? Source,
    string? Title,
    string? Committee,
    string? Date,
    string PassageId,
    string Text,
    int Start,
    int End,
    int? MentionStart,
    int? MentionEnd);

/// <summary>Turns the graph's evidence into <see cref="EvidenceView"/>s, with what the index knows of each sentence.</summary>
internal sealed class EvidenceViews(PassageSearcher searcher)
{
    /// <summary>
    /// The views of <paramref name="evidence"/>, at most <paramref name="limit"/>, in document and
    /// offset order. <paramref name="names"/> are the ways the mention may be written (the entity's
    /// name and aliases), used to place it in the sentence.
    /// </summary>
    public IReadOnlyList<EvidenceView> Describe(IEnumerable<Evidence> evidence, IReadOnlyCollection<string> names, int limit = 50) =>
        DescribeAll([(evidence, names)], limit)[0];

    /// <summary>
    /// <see cref="Describe"/> for several facts at once (the edges of a graph), with one lookup
    /// of their sentences in the index.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<EvidenceView>> DescribeAll(IReadOnlyList<(IEnumerable<Evidence> Evidence, IReadOnlyCollection<string> Names)> facts, int limit)
    {
        var chosen = facts.Select(f => f.Evidence
            .DistinctBy(e => (e.PassageId, e.Start, e.End))
            .OrderBy(e => e.DocumentId, StringComparer.Ordinal)
            .ThenBy(e => e.Start)
            .Take(limit)
            .ToList()).ToList();
        var passages = searcher.GetPassages(chosen.SelectMany(c => c).Select(e => e.PassageId)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        return chosen.Select((evidence, i) => (IReadOnlyList<EvidenceView>)evidence.Select(e => View(e, passages.GetValueOrDefault(e.PassageId), facts[i].Names)).ToList()).ToList();
    }

    private static EvidenceView View(Evidence evidence, StoredPassage? passage, IReadOnlyCollection<string> names)
    {
        var (start, end) = Locate(evidence, passage, names);
        return new EvidenceView(
            evidence.DocumentId,
            passage?.Source,
            passage?.Title,
            passage?.Committee,
            passage?.Date,
            evidence.PassageId,
            evidence.Text,
            evidence.Start,
            evidence.End,
            start,
            end);
    }

    // The extractor keeps the mention's place in the sentence. Graphs written before it did give
    // only the place in the original, and the sentence was repaired (line breaks joined, doubled
    // glyphs undone), so that offset is only near the mention: a name found in the sentence
    // closest to that estimate wins; otherwise the estimate stands when it fits the sentence.
    private static (int?, int?) Locate(Evidence evidence, StoredPassage? passage, IReadOnlyCollection<string> names)
    {
        var text = evidence.Text;
        if (evidence is { MentionStart: { } mentionStart, MentionEnd: { } mentionEnd } && mentionStart >= 0 && mentionStart < mentionEnd && mentionEnd <= text.Length)
        {
            return (mentionStart, mentionEnd);
        }

        var estimate = passage is null ? 0 : Math.Max(0, evidence.Start - passage.Start);
        var best = (Start: -1, Length: 0, Distance: int.MaxValue);
        foreach (var name in names.Where(n => n.Length > 0))
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var distance = Math.Abs(at - estimate);
                if (distance < best.Distance || (distance == best.Distance && name.Length > best.Length))
                {
                    best = (at, name.Length, distance);
                }
            }
        }

        if (best.Start >= 0)
        {
            return (best.Start, best.Start + best.Length);
        }

        var length = evidence.End - evidence.Start;
        return passage is not null && length > 0 && estimate + length <= text.Length ? (estimate, estimate + length) : (null, null);
    }
}
