using System.Runtime.InteropServices;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// Keeps what native code prints off the process's standard output. ML.NET's LDA sampler
/// (LightLDA, native) prints its progress with printf, which would land in the middle of the
/// ingest command's output and the service's logs.
/// </summary>
/// <remarks>
/// On Linux, file descriptor 1 is pointed at /dev/null for the duration of the call (the C
/// library's buffers flushed before it is restored); elsewhere the call runs as it is. Calls are
/// serialised, so that two never save and restore the descriptor across each other. Managed
/// output written by other threads meanwhile is lost too: the call is meant for work that takes a
/// moment, after the progress has been written.
/// </remarks>
internal static class NativeOutput
{
    private const int StandardOutput = 1;
    private const int WriteOnly = 1;
    private static readonly object Gate = new();

    public static T Quiet<T>(Func<T> work)
    {
        if (!OperatingSystem.IsLinux())
        {
            return work();
        }

        lock (Gate)
        {
            int saved;
            try
            {
                Flush(IntPtr.Zero);
                saved = Dup(StandardOutput);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return work();
            }

            var devNull = saved < 0 ? -1 : Open("/dev/null", WriteOnly);
            if (devNull < 0 || Dup2(devNull, StandardOutput) < 0)
            {
                if (devNull >= 0)
                {
                    Close(devNull);
                }

                if (saved >= 0)
                {
                    Close(saved);
                }

                return work();
            }

            try
            {
                return work();
            }
            finally
            {
                Flush(IntPtr.Zero);
                Dup2(saved, StandardOutput);
                Close(saved);
                Close(devNull);
            }
        }
    }

    [DllImport("libc.so.6", EntryPoint = "dup")]
    private static extern int Dup(int fd);

    [DllImport("libc.so.6", EntryPoint = "dup2")]
    private static extern int Dup2(int from, int to);

    [DllImport("libc.so.6", EntryPoint = "close")]
    private static extern int Close(int fd);

    [DllImport("libc.so.6", EntryPoint = "open", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Open(string path, int flags);

    [DllImport("libc.so.6", EntryPoint = "fflush")]
    private static extern int Flush(IntPtr stream);
}
