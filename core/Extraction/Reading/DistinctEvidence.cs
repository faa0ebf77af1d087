using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// The evidence of one entity or relation in the order first seen, each place (compared by
/// <see cref="EvidenceComparer"/>) kept once. Most hold one to a few pieces: those are compared by a
/// scan of the list, and a hash set is made only for a longer list (a set for every entity and
/// relation of a document was a large share of what resolving them allocated).
/// </summary>
internal sealed class DistinctEvidence
{
    // Up to this many pieces a scan of the list costs less than a set.
    private const int ScanLimit = 8;

    private HashSet<Evidence>? _seen;

    /// <summary>The evidence kept, in the order first seen.</summary>
    public List<Evidence> Items { get; } = [];

    /// <summary>Adds <paramref name="evidence"/> unless the same place is held already; true when added.</summary>
    public bool Add(Evidence evidence)
    {
        if (_seen is not null)
        {
            if (!_seen.Add(evidence))
            {
                return false;
            }
        }
        else
        {
            foreach (var held in Items)
            {
                if (EvidenceComparer.Instance.Equals(held, evidence))
                {
                    return false;
                }
            }

            if (Items.Count == ScanLimit)
            {
                _seen = new HashSet<Evidence>(Items, EvidenceComparer.Instance) { evidence };
            }
        }

        Items.Add(evidence);
        return true;
    }
}
