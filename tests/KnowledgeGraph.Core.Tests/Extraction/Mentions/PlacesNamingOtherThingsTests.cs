namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Division names used for a lake, a street or a venue (the sentences are ours; the patterns are the
// genre's: government work reports and session news).
public class PlacesNamingOtherThingsTests
{
    private const string Province = "安徽省人民政府工作报告\n\n";

    private static IReadOnlyList<string> Places(string text) =>
        [.. TestExtraction.Read(text).Graph.OfLabel("Place").Select(n => n.Name).Order(StringComparer.Ordinal)];

    [Theory]
    // A lake that shares its name with a city: its basin, water and shores are the lake's.
    [InlineData(Province + "实施新一轮巢湖流域水环境综合治理，巢湖水质稳定向好。", "巢湖市")]
    [InlineData(Province + "环巢湖湿地全面建成。", "巢湖市")]
    // Streets named after other cities are streets (南京东路 in a Shanghai report).
    [InlineData("上海市人民政府工作报告\n\n推进南京东路、淮海中路等商圈提升改造。", "南京市")]
    [InlineData("广东省人民政府工作报告\n\n北京路步行街完成改造。", "北京市")]
    // A street (街, 巷) named after a province, inside a city's own street name (某江西街).
    [InlineData("政协瑞安市委员会\n\n推动飞云西路、云江西街月光经济工程建设。", "江西省")]
    [InlineData("政协某市委员会\n\n委员们先后察看了湖南街、上海巷的老街区改造。", "湖南省")]
    [InlineData("政协某市委员会\n\n委员们先后察看了湖南街、上海巷的老街区改造。", "上海市")]
    // A venue named after the capital: the session is in the hall, the place is not named for itself.
    [InlineData("政协安康市委员会\n\n全国政协十四届三次会议在北京人民大会堂开幕。", "北京市")]
    public void A_name_that_goes_on_as_a_lake_street_or_venue_is_no_place(string text, string place)
    {
        Assert.DoesNotContain(place, Places(text));
    }

    [Theory]
    // Common words before a word that starts with a county's suffix (县域) stay words.
    [InlineData("福建省人民政府工作报告\n\n深入实施乡村振兴县域普惠金融行动。", "振兴区")]
    [InlineData("贵州省人民政府工作报告\n\n新建县域医疗次中心50个。", "新建区")]
    // 老城市新活力: an old city, not 老城区 (whose guessed former name would be 老城市).
    [InlineData("广东省人民政府工作报告\n\n支持广州实现老城市新活力。", "老城区")]
    // A common word in a list of slogans is no place for standing after 、.
    [InlineData("福建省人民政府工作报告\n\n推动产业升级、乡村振兴、城乡融合。", "振兴区")]
    // A rare county name of another province is not read out of context.
    [InlineData("浙江省人民政府工作报告\n\n兴义的朋友来访。", "兴义市")]
    public void Common_words_never_become_places(string text, string place)
    {
        Assert.DoesNotContain(place, Places(text));
    }

    [Theory]
    // The same names standing as places are still read.
    [InlineData(Province + "巢湖、庐江两地协同推进文旅融合。", "巢湖市")]
    [InlineData("政协安康市委员会\n\n全国政协十四届三次会议在北京开幕。", "北京市")]
    [InlineData("上海市人民政府工作报告\n\n深化与南京、杭州等城市合作。", "南京市")]
    // A province before a word that only opens with a street's character: a subdistrict's office, a county (道县).
    [InlineData("政协某市委员会\n\n湖南街道办事处负责人陪同。", "湖南省")]
    [InlineData("政协某市委员会\n\n委员们赴湖南道县考察学习。", "道县")]
    // A city's slogan (幸福安康, 美丽安康) names the city.
    [InlineData("政协安康市委员会\n\n委员们为建设幸福安康建言献策。", "安康市")]
    // A current full name before a body's suffix is a place even when its stem is a word (射阳 is a dictionary noun).
    [InlineData("政协淮安市委员会\n\n会议邀请射阳县委有关负责同志参加。", "射阳县")]
    // A former name in its own province still reads as the place.
    [InlineData("江西省人民政府工作报告\n\n南昌市新建县开展试点。", "新建区")]
    // A name listed after places of its level and parent is a place too (中山 is otherwise a common word).
    [InlineData("广东省人民政府工作报告\n\n支持珠海、佛山、东莞、中山、江门等节点城市提升能级。", "中山市")]
    // A rare word of the dictionary that names a county of the document's province is the county.
    [InlineData("贵州省人民政府工作报告\n\n推进贵阳、安顺、兴义等旅游城市建设。", "兴义市")]
    [InlineData("浙江省人民政府工作报告\n\n深化义乌国际贸易综合改革。", "义乌市")]
    public void The_same_names_as_places_are_read(string text, string place)
    {
        Assert.Contains(place, Places(text));
    }
}
