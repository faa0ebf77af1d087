using System.Runtime.CompilerServices;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Ingest.Tests;

// A regular expression that never returns fails its test after a few seconds instead of holding the run.
internal static class RegexTimeoutsSetup
{
#pragma warning disable CA2255 // a test assembly is the program here: it must set the bound before any test runs
    [ModuleInitializer]
    internal static void Install() => RegexTimeouts.Install(TimeSpan.FromSeconds(5));
#pragma warning restore CA2255
}
