namespace Jixiao.Targets;

/// <summary>项目属性.</summary>
public enum ProjectNature
{
    /// <summary>一次性项目（1年结束）.</summary>
    OneOff,
    /// <summary>经常性项目（长期开展）.</summary>
    Recurring,
}
