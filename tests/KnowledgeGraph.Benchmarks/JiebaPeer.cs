using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Runs Debian's python3-jieba through jieba_peer.py with the same dictionary and HMM tables as
/// our segmenter. Needs /usr/bin/python3 with python3-jieba (apt-get install python3-jieba).
/// </summary>
internal static class JiebaPeer
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Segments each line; returns one list of words per line, whitespace dropped.</summary>
    public static List<string[]> Segment(IReadOnlyList<string> lines, SegmenterOptions options)
    {
        var input = string.Join('\n', lines) + "\n";
        var output = Run(options, ["segment"], input);
        var result = output.Split('\n').Take(lines.Count)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (result.Count != lines.Count)
        {
            throw new InvalidOperationException($"python3-jieba returned {result.Count} lines for {lines.Count}.");
        }

        return result;
    }

    /// <summary>Times jieba over a file, best of <paramref name="rounds"/>.</summary>
    public static PeerTiming Time(string file, int rounds, SegmenterOptions options)
    {
        var json = Run(options, ["time", file, rounds.ToString()], input: null);
        return JsonSerializer.Deserialize<PeerTiming>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("python3-jieba printed no timing.");
    }

    private static string Run(SegmenterOptions options, IEnumerable<string> command, string? input)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} not found: the peer needs Debian's python3 and python3-jieba (apt-get install python3-jieba).");
        }

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jieba_peer.py"));
        start.ArgumentList.Add("--dict");
        start.ArgumentList.Add(options.DictionaryPath);
        start.ArgumentList.Add("--hmm");
        start.ArgumentList.Add(options.HmmModelPath);
        foreach (var user in options.AllUserDictionaryPaths())
        {
            start.ArgumentList.Add("--user-dict");
            start.ArgumentList.Add(user);
        }

        foreach (var arg in command)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3-jieba failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout.Result;
    }
}

internal sealed record PeerTiming(long Chars, long Tokens, double Seconds, double LoadSeconds, long PeakRssBytes);
