namespace KnowledgeGraph.Core.Extraction.Vocabulary;

/// <summary>
/// Political slogans, goals and metaphors (graph-schema/slogans.txt): quoted, they are never
/// initiatives. Besides the listed phrases and suffixes, a phrase that opens with a number and a
/// measure word (两个确立, 四个意识, 五件大事, 三个政协, 五大工程) is a slogan.
/// </summary>
internal sealed class SloganVocabulary
{
    private const string Numerals = "一二两三四五六七八九十百千";
    private const string MeasureWords = "个件条张项大有";

    private readonly HashSet<string> _phrases;
    private readonly string[] _suffixes;

    private SloganVocabulary(HashSet<string> phrases, string[] suffixes)
    {
        _phrases = phrases;
        _suffixes = suffixes;
    }

    public int Count => _phrases.Count + _suffixes.Length;

    public static SloganVocabulary Load(string path)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        var suffixes = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '*')
            {
                suffixes.Add(line[1..]);
            }
            else
            {
                phrases.Add(line);
            }
        }

        return new SloganVocabulary(phrases, [.. suffixes]);
    }

    /// <summary>True when the quoted phrase <paramref name="name"/> is a slogan.</summary>
    public bool IsSlogan(string name)
    {
        if (_phrases.Contains(name))
        {
            return true;
        }

        foreach (var suffix in _suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return IsNumbered(name);
    }

    // 两个确立, 五件大事, 三个争取更大主动, 五大工程, 五有: numerals then a measure word.
    private static bool IsNumbered(string name)
    {
        var i = 0;
        while (i < name.Length && Numerals.Contains(name[i]))
        {
            i++;
        }

        return i > 0 && i < name.Length && MeasureWords.Contains(name[i]);
    }
}
