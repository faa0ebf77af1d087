using System.Diagnostics;

namespace KnowledgeGraph.Core.Tests.Documents.Producers;

/// <summary>
/// The real programs that make the PDF and Word files the loaders are tested on: Debian's
/// Chromium (print to PDF), LibreOffice Writer (convert to docx or pdf) and pandoc. Each call
/// runs the program on files in a folder of the caller's and fails with what to install when
/// the program is missing or fails.
/// </summary>
internal static class DocumentProducers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string ChromiumPath => Environment.GetEnvironmentVariable("KG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// Prints <paramref name="html"/> to <paramref name="pdf"/> with headless Chromium, with its
    /// default header (date, title) and footer (address, page n/N) or without.
    /// </summary>
    public static void PrintWithChromium(string html, string pdf, bool headerAndFooter)
    {
        Require(ChromiumPath, "apt-get install chromium fonts-noto-cjk, or set KG_CHROMIUM");
        WithProfile(profile =>
        {
            List<string> arguments = [.. HeadlessArguments(profile), $"--print-to-pdf={pdf}"];
            if (!headerAndFooter)
            {
                arguments.Add("--no-pdf-header-footer");
            }

            arguments.Add(new Uri(html).AbsoluteUri);
            Run(ChromiumPath, arguments, Path.GetDirectoryName(pdf)!);
        });
        Produced(pdf, "Chromium");
    }

    private static string[] HeadlessArguments(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
    ];

    // Chromium with a profile folder of its own, deleted afterwards.
    private static void WithProfile(Action<string> run)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"kg-chromium-{Guid.NewGuid():N}");
        try
        {
            run(profile);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    /// <summary>Photographs <paramref name="html"/> as a PNG of <paramref name="width"/> by <paramref name="height"/> pixels with headless Chromium.</summary>
    public static void ScreenshotWithChromium(string html, string png, int width, int height)
    {
        Require(ChromiumPath, "apt-get install chromium fonts-noto-cjk, or set KG_CHROMIUM");
        WithProfile(profile => Run(ChromiumPath,
            [.. HeadlessArguments(profile), $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(html).AbsoluteUri],
            Path.GetDirectoryName(png)!));
        Produced(png, "Chromium");
    }

    /// <summary>
    /// Converts every file of <paramref name="inputs"/> with one LibreOffice run into
    /// <paramref name="outputFolder"/> (<paramref name="format"/> "docx" or "pdf"); returns the outputs in order.
    /// </summary>
    public static IReadOnlyList<string> ConvertWithLibreOffice(IReadOnlyList<string> inputs, string format, string outputFolder)
    {
        const string soffice = "/usr/bin/soffice";
        Require(soffice, "apt-get install libreoffice-writer-nogui");
        var profile = Path.Combine(Path.GetTempPath(), $"kg-soffice-{Guid.NewGuid():N}");
        try
        {
            var filter = format == "docx" ? "docx:MS Word 2007 XML" : format;
            List<string> arguments = ["--headless", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--convert-to", filter, "--outdir", outputFolder];
            arguments.AddRange(inputs);
            Run(soffice, arguments, outputFolder);
            var outputs = inputs.Select(i => Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(i) + "." + format)).ToList();
            outputs.ForEach(o => Produced(o, "LibreOffice"));
            return outputs;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    /// <summary>Converts a file (<paramref name="from"/>: pandoc's name of its format) to a Word document with pandoc.</summary>
    public static void ConvertWithPandoc(string input, string from, string docx)
    {
        const string pandoc = "/usr/bin/pandoc";
        Require(pandoc, "apt-get install pandoc");
        Run(pandoc, ["-f", from, "-t", "docx", "-o", docx, input], Path.GetDirectoryName(docx)!);
        Produced(docx, "pandoc");
    }

    private static void Require(string program, string install)
    {
        if (!File.Exists(program))
        {
            throw new InvalidOperationException($"These tests make real PDF and Word files with {program} and found none. Install it: {install} (.ci/run does).");
        }
    }

    private static void Produced(string file, string producer)
    {
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            throw new InvalidOperationException($"{producer} ran but did not write {file}.");
        }
    }

    private static void Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed with exit code {process.ExitCode}: {errors.Result}{output.Result}");
        }
    }
}
