using System.Globalization;

namespace KnowledgeGraph.Core.Segmentation;

/// <summary>
/// The character-tagging model jieba uses for runs of characters that the dictionary does not
/// join into words: each character is B (begins a word), M (inside), E (ends) or S (a word alone),
/// and Viterbi finds the most probable tagging.
/// </summary>
/// <remarks>
/// Reads cppjieba's <c>hmm_model.utf8</c>: after comment lines starting with '#', one line of
/// start log probabilities, four lines of the transition matrix and four lines of emissions
/// (<c>char:logp,char:logp…</c>), each in the state order B, E, M, S.
/// </remarks>
internal sealed class HiddenMarkovModel
{
    // The floor jieba uses for impossible events; sums with it must tie exactly as jieba's do.
    internal const double MinLogProbability = -3.14e100;

    // States in the order the model file and our arrays use them.
    private const int B = 0, E = 1, M = 2, S = 3;

    private readonly double[] _start = new double[4];
    private readonly double[,] _transition = new double[4, 4];
    private readonly double[][] _emission = new double[4][];

    private HiddenMarkovModel()
    {
        for (var s = 0; s < 4; s++)
        {
            _emission[s] = new double[char.MaxValue + 1];
            Array.Fill(_emission[s], MinLogProbability);
        }
    }

    public long ApproximateBytes => 4L * (char.MaxValue + 1) * sizeof(double);

    public static HiddenMarkovModel Load(TextReader reader, string sourceName)
    {
        var model = new HiddenMarkovModel();
        var lines = new List<string>(9);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        if (lines.Count != 9)
        {
            throw new InvalidDataException($"{sourceName}: expected 9 data lines (start, 4 transition, 4 emission), found {lines.Count}.");
        }

        ParseRow(lines[0], model._start, sourceName);
        for (var from = 0; from < 4; from++)
        {
            var row = new double[4];
            ParseRow(lines[1 + from], row, sourceName);
            for (var to = 0; to < 4; to++)
            {
                model._transition[from, to] = row[to];
            }
        }

        for (var s = 0; s < 4; s++)
        {
            foreach (var pair in lines[5 + s].Split(','))
            {
                var colon = pair.LastIndexOf(':');
                if (colon != 1 || !double.TryParse(pair.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var logp))
                {
                    if (pair.Length == 0)
                    {
                        continue;
                    }

                    throw new InvalidDataException($"{sourceName}: bad emission entry '{pair}'.");
                }

                model._emission[s][pair[0]] = logp;
            }
        }

        return model;
    }

    /// <summary>
    /// Cuts a run of Han characters into words, appending spans offset by <paramref name="offset"/>.
    /// Ties are broken as jieba breaks them: by the larger state letter (S, M, E, B).
    /// </summary>
    public void Cut(ReadOnlySpan<char> text, int offset, List<WordSpan> output, Scratch scratch)
    {
        var n = text.Length;
        if (n == 0)
        {
            return;
        }

        var back = scratch.BackPointers(n * 4);
        Span<double> previous = stackalloc double[4];
        Span<double> current = stackalloc double[4];
        for (var s = 0; s < 4; s++)
        {
            previous[s] = _start[s] + _emission[s][text[0]];
        }

        for (var t = 1; t < n; t++)
        {
            var c = text[t];
            // jieba's allowed predecessors: B after E or S, M after M or B, E after B or M, S after S or E.
            current[B] = Best(previous, E, S, B, _emission[B][c], back, t);
            current[M] = Best(previous, M, B, M, _emission[M][c], back, t);
            current[E] = Best(previous, B, M, E, _emission[E][c], back, t);
            current[S] = Best(previous, S, E, S, _emission[S][c], back, t);
            var swap = previous;
            previous = current;
            current = swap;
        }

        // The last character ends a word: E or S, S on a tie.
        var state = previous[S] >= previous[E] ? S : E;
        var states = scratch.States(n);
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            if (t > 0)
            {
                state = back[t * 4 + state];
            }
        }

        var begin = 0;
        var next = 0;
        for (var t = 0; t < n; t++)
        {
            switch (states[t])
            {
                case B:
                    begin = t;
                    break;
                case E:
                    output.Add(new WordSpan(offset + begin, t + 1 - begin));
                    next = t + 1;
                    break;
                case S:
                    output.Add(new WordSpan(offset + t, 1));
                    next = t + 1;
                    break;
            }
        }

        if (next < n)
        {
            output.Add(new WordSpan(offset + next, n - next));
        }
    }

    private double Best(ReadOnlySpan<double> previous, int first, int second, int to, double emission, byte[] back, int t)
    {
        var a = previous[first] + _transition[first, to] + emission;
        var b = previous[second] + _transition[second, to] + emission;
        // Python's max over (probability, state letter): equal probabilities go to the larger letter.
        var pickFirst = a > b || (a == b && Letter(first) > Letter(second));
        back[t * 4 + to] = (byte)(pickFirst ? first : second);
        return pickFirst ? a : b;
    }

    private static char Letter(int state) => "BEMS"[state];

    private static void ParseRow(string line, double[] row, string sourceName)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
        {
            throw new InvalidDataException($"{sourceName}: expected 4 numbers in '{line}'.");
        }

        for (var i = 0; i < 4; i++)
        {
            row[i] = double.Parse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Per-thread buffers, so that cutting allocates nothing once warmed up.</summary>
    internal sealed class Scratch
    {
        private byte[] _back = new byte[256];
        private byte[] _states = new byte[64];

        public byte[] BackPointers(int size) => _back.Length >= size ? _back : _back = new byte[Math.Max(size, _back.Length * 2)];

        public byte[] States(int size) => _states.Length >= size ? _states : _states = new byte[Math.Max(size, _states.Length * 2)];
    }
}
