namespace KnowledgeGraph.Core.Extraction.Vocabulary;

/// <summary>Chinese surnames (graph-schema/surnames.txt), single and compound.</summary>
internal sealed class Surnames
{
    // Looked up by span: a name is tried at many positions of every sentence, and a string per
    // try was most of what reading names allocated.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _names;

    private Surnames(HashSet<string> names) => _names = names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Surnames Load(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(name);
            }
        }

        return new Surnames(names);
    }

    /// <summary>Length of the surname <paramref name="text"/> starts with (2 for a compound one), or 0.</summary>
    public int Match(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && _names.Contains(text[..2]))
        {
            return 2;
        }

        return text.Length >= 1 && _names.Contains(text[..1]) ? 1 : 0;
    }
}
