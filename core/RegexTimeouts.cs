namespace KnowledgeGraph.Core;

/// <summary>
/// Bounds every regular expression of the process, source-generated ones included: a pattern that never returns
/// on some text (.NET 10's generator looped on one of ours, HISTORY.md, review rv14b) then throws
/// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>, and ingest lists that document as failed
/// and goes on, instead of hanging. Install it first thing in a program, before any regular expression runs: each
/// assembly's generated expressions read the default once, at their first use.
/// </summary>
public static class RegexTimeouts
{
    private const string Key = "REGEX_DEFAULT_MATCH_TIMEOUT";

    /// <summary>The bound: one match over even a long document takes milliseconds, so this is only ever a loop.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(10);

    /// <summary>Sets the process's default match timeout unless the host has set one.</summary>
    public static void Install(TimeSpan? timeout = null)
    {
        if (AppContext.GetData(Key) is null)
        {
            AppContext.SetData(Key, timeout ?? Default);
        }
    }
}
