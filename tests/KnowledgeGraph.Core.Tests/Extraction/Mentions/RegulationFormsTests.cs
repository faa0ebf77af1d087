namespace KnowledgeGraph.Core.Tests.Extraction.Mentions;

// Rules named without marks beyond a rule word (RegulationFinder.Laws) and the lists a rule word ends;
// sentences written for these tests.
public class RegulationFormsTests
{
    private const string Report = "某某省人民政府工作报告\n\n";

    [Theory]
    [InlineData("认真贯彻落实乡村振兴促进法，保护农民合法权益。", new[] { "乡村振兴促进法" })]
    [InlineData("严格依照宪法和法律履行职责。", new[] { "宪法" })]
    [InlineData("深入学习宣传民法典，引导群众依法维权。", new[] { "民法典" })]
    [InlineData("深入贯彻优化营商环境条例。", new[] { "优化营商环境条例" })]
    [InlineData("落实国务院关于支持山区县加快发展的意见。", new[] { "国务院关于支持山区县加快发展的意见" })]
    [InlineData("出台《关于支持县域商贸流通发展的若干措施》。", new[] { "关于支持县域商贸流通发展的若干措施" })]
    [InlineData("修订县政府工作规则、重大事项决策程序规定。", new[] { "县政府工作规则", "重大事项决策程序规定" })]
    [InlineData("严格落实中央八项规定及其实施细则精神。", new[] { "中央八项规定及其实施细则" })]
    [InlineData("建立企业准入清单和排污总量预算管理制度。", new[] { "排污总量预算管理制度" })]
    [InlineData("推动出台数字经济促进法实施办法。", new[] { "数字经济促进法实施办法" })]
    [InlineData("各级干部依照宪法和民法典办事。", new[] { "宪法", "民法典" })]
    [InlineData("严格执行安全生产法规定，压实企业主体责任。", new[] { "安全生产法" })]
    [InlineData("认真执行网络安全法规定。", new[] { "网络安全法" })]
    [InlineData("落实国务院关于部署开展冬春农田水利建设的通知。", new[] { "国务院关于部署开展冬春农田水利建设的通知" })]
    public void Laws_decisions_and_listed_rules_are_named(string sentence, string[] names)
    {
        var graph = TestExtraction.Read(Report + sentence).Graph;

        Assert.Equal(names.Order(StringComparer.Ordinal), graph.OfLabel("Regulation").Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("宪法宣传周活动在全县开展。")]
    [InlineData("深化县域医疗机构管理制度改革。")]
    [InlineData("主动对接国际高标准投资规则。")]
    [InlineData("明确认定标准、退出程序和办法。")]
    [InlineData("坚持严格规范公正文明执法，依法保护企业合法权益。")]
    [InlineData("推广先进的种植方法和管理办法。")]
    [InlineData("落实生态环境保护法治建设要求。")]
    [InlineData("深入贯彻食品安全法治理念。")]
    [InlineData("严格执行财务管理法规。")]
    [InlineData("自觉遵守交通安全法规。")]
    [InlineData("企业遵守网络安全法律法规。")]
    [InlineData("贯彻落实国务院关于优化营商环境的决策部署和省政府的措施。")]
    [InlineData("落实国务院关于安全生产的工作要求和省里的通知。")]
    public void Occasions_reforms_categories_and_practices_are_not_named_rules(string sentence)
    {
        var graph = TestExtraction.Read(Report + sentence).Graph;

        Assert.Empty(graph.OfLabel("Regulation"));
    }
}
