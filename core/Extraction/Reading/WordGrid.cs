using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// Where the words of a text start and end, as the segmenter cut it, and which organisation names
/// (words tagged <c>nt</c>: 四川省人民政府, 中共安徽省委) cover which characters: a place may stand inside
/// one of those, nowhere else inside a word.
/// </summary>
internal sealed class WordGrid
{
    private static readonly string[] OrganisationPrefixes = ["中共", "中国"];

    private readonly bool[] _boundaries;
    private readonly int[] _organisationStart;

    public WordGrid(int length, IReadOnlyList<Token> tokens)
    {
        _boundaries = new bool[length + 1];
        _boundaries[0] = true;
        _boundaries[length] = true;
        _organisationStart = new int[length];
        Array.Fill(_organisationStart, -1);
        foreach (var token in tokens)
        {
            _boundaries[token.Start] = true;
            _boundaries[token.End] = true;
            if (token.Tag == "nt")
            {
                for (var i = token.Start; i < token.End; i++)
                {
                    _organisationStart[i] = token.Start;
                }
            }
        }
    }

    /// <summary>A grid for <paramref name="text"/> cut by <paramref name="segmenter"/>.</summary>
    public static WordGrid Of(string text, JiebaSegmenter segmenter) => new(text.Length, segmenter.Tokenize(text));

    /// <summary>True when a word starts or ends at <paramref name="offset"/>.</summary>
    public bool IsBoundary(int offset) => offset >= 0 && offset < _boundaries.Length && _boundaries[offset];

    /// <summary>
    /// True when [start, end) lies inside one organisation name and starts it (or follows its
    /// 中共/中国): 四川省 in 四川省人民政府, 安徽省 in 中共安徽省委.
    /// </summary>
    public bool OpensOrganisation(string text, int start, int end)
    {
        if (start < 0 || end > _organisationStart.Length || end <= start)
        {
            return false;
        }

        var organisation = _organisationStart[start];
        if (organisation < 0 || _organisationStart[end - 1] != organisation)
        {
            return false;
        }

        return organisation == start || OrganisationPrefixes.Any(p => start - organisation == p.Length && string.CompareOrdinal(text, organisation, p, 0, p.Length) == 0);
    }
}
