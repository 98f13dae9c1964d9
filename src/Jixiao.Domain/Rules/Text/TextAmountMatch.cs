using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// An amount of the explanations matched to the tables by TXT-AMT-01: where it stands (section, paragraph line), the
/// amount and the vocabulary term its label resolved to, whether it is last year's, the table figures it may stand for
/// (empty: the needed table is absent), and the best comparison (null when there was nothing to compare with).
/// </summary>
public sealed record TextAmountMatch(
    string Section,
    int Line,
    StatedAmount Amount,
    string Term,
    bool PriorYear,
    IReadOnlyList<TableFigure> Figures,
    TableFigure? Best,
    Consistency? Consistency);
