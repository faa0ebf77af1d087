using System.Text;

namespace KnowledgeGraph.Core.Tests;

/// <summary>A folder of its own for one test, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a file under the folder (creating subfolders) and returns its path.</summary>
    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Writes text as UTF-8 without a byte order mark.</summary>
    public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
