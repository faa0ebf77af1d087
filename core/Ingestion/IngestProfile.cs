using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>A part of an ingest run whose processor time is counted on its own.</summary>
public enum IngestStage
{
    /// <summary>Reading files, hashing them, decoding and checking their text.</summary>
    Read,

    /// <summary>Extracting each document's graph (and checking it against the schema).</summary>
    Extract,

    /// <summary>Writing batches to the graph store.</summary>
    Graph,

    /// <summary>Adding passages to the full-text index (analysis included).</summary>
    Index,

    /// <summary>Index commits and the ledger's pending and complete marks.</summary>
    Commit,

    /// <summary>The topic model brought up to date with the index after the writes.</summary>
    Topics,

    /// <summary>The learned word and entity associations brought up to date with the index after the writes.</summary>
    Associations,
}

/// <summary>
/// Where an ingest run's processor time went: the CPU seconds of each <see cref="IngestStage"/>,
/// summed over the threads that ran it (the threads' own CPU clocks on Linux; elsewhere their
/// wall time), and the whole process's CPU seconds over the run, so that what no stage counts
/// (garbage collection, the runtime, waiting threads' bookkeeping) shows as the difference.
/// </summary>
/// <remarks>Thread-safe; measuring costs a system call at each start and end.</remarks>
public sealed class IngestProfile
{
    private readonly long[] _nanoseconds = new long[Enum.GetValues<IngestStage>().Length];
    private readonly long[] _allocatedByStage = new long[Enum.GetValues<IngestStage>().Length];
    private readonly long[] _wallAlone = new long[Enum.GetValues<IngestStage>().Length];
    private readonly TimeSpan _processStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan _pausedStart = GC.GetTotalPauseDuration();
    private readonly long _allocatedStart = GC.GetTotalAllocatedBytes();
    private readonly Dictionary<IngestStage, (long Before, long After)> _peaks = [];
    private TimeSpan? _processEnd;
    private TimeSpan _paused;
    private long _allocated;

    /// <summary>CPU seconds by stage.</summary>
    public IReadOnlyDictionary<IngestStage, double> Seconds =>
        Enum.GetValues<IngestStage>().ToDictionary(s => s, s => Interlocked.Read(ref _nanoseconds[(int)s]) / 1e9);

    /// <summary>Wall seconds of each stage measured alone (<see cref="MeasureAlone"/>): the refreshes after the writes.</summary>
    public IReadOnlyDictionary<IngestStage, double> WallSecondsAlone =>
        Enum.GetValues<IngestStage>().Where(s => Interlocked.Read(ref _wallAlone[(int)s]) > 0)
            .ToDictionary(s => s, s => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _wallAlone[(int)s])).TotalSeconds);

    /// <summary>
    /// Bytes allocated on the managed heap by each stage: by the measuring thread for a stage
    /// measured on a thread, by the whole process for one measured alone.
    /// </summary>
    public IReadOnlyDictionary<IngestStage, long> AllocatedBytesByStage =>
        Enum.GetValues<IngestStage>().ToDictionary(s => s, s => Interlocked.Read(ref _allocatedByStage[(int)s]));

    /// <summary>CPU seconds of the whole process from the start of the run to its end (all threads).</summary>
    public double ProcessSeconds => ((_processEnd ?? Process.GetCurrentProcess().TotalProcessorTime) - _processStart).TotalSeconds;

    /// <summary>Counts the processor time of the calling thread until the result is disposed, toward <paramref name="stage"/>.</summary>
    public Measurement Measure(IngestStage stage) =>
        new(this, stage, ThreadClock.Now(), Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread(), Environment.CurrentManagedThreadId);

    /// <summary>Seconds the garbage collector held the process's threads paused during the run.</summary>
    public double GcPauseSeconds => (_processEnd is null ? GC.GetTotalPauseDuration() - _pausedStart : _paused).TotalSeconds;

    /// <summary>Bytes allocated on the managed heap during the run.</summary>
    public long AllocatedBytes => _processEnd is null ? GC.GetTotalAllocatedBytes() - _allocatedStart : _allocated;

    /// <summary>
    /// Counts the processor time of the whole process until the result is disposed, toward
    /// <paramref name="stage"/>: for a stage that runs alone, on as many threads as it likes.
    /// </summary>
    public IDisposable MeasureAlone(IngestStage stage) =>
        new Alone(this, stage, Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(), PeakResident());

    /// <summary>
    /// For each stage measured alone, the process's peak resident memory in bytes before it began
    /// and when it ended: what a stage that runs alone adds to the peak the writes reached.
    /// </summary>
    public IReadOnlyDictionary<IngestStage, (long Before, long After)> PeakResidentBytes
    {
        get
        {
            lock (_peaks)
            {
                return new Dictionary<IngestStage, (long Before, long After)>(_peaks);
            }
        }
    }

    /// <summary>Fixes the process's figures at the end of the run.</summary>
    public void End()
    {
        if (_processEnd is null)
        {
            _paused = GC.GetTotalPauseDuration() - _pausedStart;
            _allocated = GC.GetTotalAllocatedBytes() - _allocatedStart;
            _processEnd = Process.GetCurrentProcess().TotalProcessorTime;
        }
    }

    /// <summary>
    /// A running measurement. Disposed on the thread that started it, it counts that thread's CPU
    /// time and allocation; on another (an await moved the work), the wall time between and no
    /// allocation. A default one counts nothing.
    /// </summary>
    public readonly struct Measurement(IngestProfile profile, IngestStage stage, long started, long startedAt, long allocated, int thread) : IDisposable
    {
        public void Dispose()
        {
            if (profile is null)
            {
                return;
            }

            var sameThread = Environment.CurrentManagedThreadId == thread;
            var spent = sameThread
                ? ThreadClock.Now() - started
                : (long)(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds * 1e6);
            Interlocked.Add(ref profile._nanoseconds[(int)stage], spent);
            if (sameThread)
            {
                Interlocked.Add(ref profile._allocatedByStage[(int)stage], GC.GetAllocatedBytesForCurrentThread() - allocated);
            }
        }
    }

    // The high-water mark of the process's resident memory so far (VmHWM on Linux).
    private static long PeakResident()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private sealed class Alone(IngestProfile profile, IngestStage stage, TimeSpan started, long startedAt, long allocated, long peakBefore) : IDisposable
    {
        public void Dispose()
        {
            Interlocked.Add(ref profile._wallAlone[(int)stage], Stopwatch.GetTimestamp() - startedAt);
            Interlocked.Add(ref profile._nanoseconds[(int)stage], (long)((Process.GetCurrentProcess().TotalProcessorTime - started).TotalMilliseconds * 1e6));
            Interlocked.Add(ref profile._allocatedByStage[(int)stage], GC.GetTotalAllocatedBytes() - allocated);
            lock (profile._peaks)
            {
                profile._peaks[stage] = (peakBefore, PeakResident());
            }
        }
    }

    /// <summary>The calling thread's CPU time in nanoseconds (Linux), else a monotonic wall clock.</summary>
    private static class ThreadClock
    {
        private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID
        private static readonly bool Available = Probe();

        public static long Now()
        {
            if (Available && ClockGetTime(ThreadCpuTime, out var time) == 0)
            {
                return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
            }

            return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
        }

        private static bool Probe()
        {
            if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            {
                return false;
            }

            try
            {
                return ClockGetTime(ThreadCpuTime, out _) == 0;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return false;
            }
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out Timespec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
