namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A local government's departments as a text writes them (县卫健局, 区住建局, 市教育局), with the full name an
/// issuer takes ({place}卫生健康局): a closing credit, a meeting's chair or a signature naming a department
/// that put a text out (a bureau's meeting with members on the proposals it handles, its reply, its report).
/// </summary>
internal static class GovernmentDepartments
{
    // Written form → the full name after the place. Longest written forms are tried first.
    private static readonly (string Written, string Full)[] Names =
    [
        ("卫健局", "卫生健康局"), ("卫生健康局", "卫生健康局"), ("卫生局", "卫生局"),
        ("卫健委", "卫生健康委员会"), ("卫生健康委", "卫生健康委员会"), ("卫生健康委员会", "卫生健康委员会"),
        ("教育局", "教育局"), ("教体局", "教育体育局"), ("教育体育局", "教育体育局"),
        ("住建局", "住房和城乡建设局"), ("住房和城乡建设局", "住房和城乡建设局"), ("住房建设和交通局", "住房建设和交通局"),
        ("民政局", "民政局"), ("财政局", "财政局"),
        ("人社局", "人力资源和社会保障局"), ("人力资源和社会保障局", "人力资源和社会保障局"),
        ("自然资源局", "自然资源局"), ("自然资源和规划局", "自然资源和规划局"),
        ("交通局", "交通运输局"), ("交通运输局", "交通运输局"),
        ("农业农村局", "农业农村局"), ("农业局", "农业局"), ("水利局", "水利局"), ("水务局", "水务局"),
        ("文旅局", "文化和旅游局"), ("文化和旅游局", "文化和旅游局"),
        ("市场监管局", "市场监督管理局"), ("市场监督管理局", "市场监督管理局"),
        ("生态环境局", "生态环境局"), ("应急局", "应急管理局"), ("应急管理局", "应急管理局"),
        ("商务局", "商务局"), ("发改局", "发展和改革局"), ("发展和改革局", "发展和改革局"),
        ("发改委", "发展和改革委员会"), ("发展和改革委员会", "发展和改革委员会"),
        ("科技局", "科学技术局"), ("工信局", "工业和信息化局"), ("工业和信息化局", "工业和信息化局"),
        ("公安局", "公安局"), ("司法局", "司法局"), ("审计局", "审计局"), ("统计局", "统计局"),
        ("林业局", "林业局"), ("林草局", "林业和草原局"), ("林业和草原局", "林业和草原局"),
        ("医保局", "医疗保障局"), ("医疗保障局", "医疗保障局"), ("退役军人事务局", "退役军人事务局"),
        ("城管局", "城市管理局"), ("城市管理局", "城市管理局"), ("民宗局", "民族宗教事务局"), ("民族宗教事务局", "民族宗教事务局"),
        ("信访局", "信访局"), ("体育局", "体育局"), ("气象局", "气象局"),
    ];

    private static readonly (string Written, string Full)[] ByLength = [.. Names.OrderByDescending(n => n.Written.Length)];

    /// <summary>The department <paramref name="text"/> ends with, as (written form, full name), or null.</summary>
    public static (string Written, string Full)? EndingOf(string text) =>
        ByLength.FirstOrDefault(n => text.EndsWith(n.Written, StringComparison.Ordinal)) is { Written: not null } found ? found : null;
}
