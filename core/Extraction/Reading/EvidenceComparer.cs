using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// Compares evidence by where it points (document, passage, offsets), not by its sentence text:
/// the text follows from the passage, and hashing a long sentence for every mention in it would
/// make extraction quadratic in the sentence's length.
/// </summary>
internal sealed class EvidenceComparer : IEqualityComparer<Evidence>
{
    public static EvidenceComparer Instance { get; } = new();

    public bool Equals(Evidence? x, Evidence? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Start == y.Start && x.End == y.End
            && string.Equals(x.PassageId, y.PassageId, StringComparison.Ordinal) && string.Equals(x.DocumentId, y.DocumentId, StringComparison.Ordinal));

    public int GetHashCode(Evidence obj) => HashCode.Combine(obj.PassageId, obj.Start, obj.End);
}
