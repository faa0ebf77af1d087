using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Core.Segmentation;

/// <summary>Registers the segmenter: one instance, loaded on first use.</summary>
public static class SegmentationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="JiebaSegmenter"/> as a singleton configured from <see cref="SegmenterOptions"/>
    /// (configuration section <c>Segmenter</c>).
    /// </summary>
    public static IServiceCollection AddChineseSegmentation(this IServiceCollection services, Action<SegmenterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SegmenterOptions>().BindConfiguration("Segmenter");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => JiebaSegmenter.Load(sp.GetRequiredService<IOptions<SegmenterOptions>>().Value));
        return services;
    }
}
