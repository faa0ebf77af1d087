using System.Collections.Concurrent;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Core.Tests.Graph;

/// <summary>
/// A fact of a contract test class: it exists for every class deriving from the contract, except
/// those marked <see cref="RunsWhenSetAttribute"/> whose environment variable is not set; for those
/// the facts are not discovered at all (a notice test says so), rather than skipped or passed empty.
/// </summary>
[XunitTestCaseDiscoverer("KnowledgeGraph.Core.Tests.Graph.ContractFactDiscoverer", "KnowledgeGraph.Core.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>The contract's facts run on this class only when the environment variable is set.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsWhenSetAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;
}

/// <summary>
/// Leaves out the facts of a class whose <see cref="RunsWhenSetAttribute"/> variable is not set, and
/// says so once per class as a diagnostic message (shown in the test log, see xunit.runner.json).
/// </summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    private static readonly ConcurrentDictionary<string, bool> Reported = new();

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var missing = testMethod.TestClass.Class.GetCustomAttributes(typeof(RunsWhenSetAttribute))
            .Select(a => (string)a.GetConstructorArguments().Single())
            .Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)))
            .ToList();
        if (missing.Count == 0)
        {
            return base.Discover(discoveryOptions, testMethod, factAttribute);
        }

        var name = testMethod.TestClass.Class.Name;
        if (Reported.TryAdd(name, true))
        {
            DiagnosticMessageSink.OnMessage(new DiagnosticMessage($"{string.Join(", ", missing)} not set: the contract tests of {name} did not run."));
        }

        return [];
    }
}
