namespace Jixiao.Budget;

/// <summary>Rows of the 单位固定资产占用情况表.</summary>
public enum AssetKind
{
    /// <summary>房屋 (quantity in 平方米).</summary>
    Buildings,
    /// <summary>其中：办公用房 (平方米).</summary>
    OfficeSpace,
    /// <summary>车辆 (台、辆).</summary>
    Vehicles,
    /// <summary>单价20万元以上的设备 (set S: 50万元).</summary>
    Equipment,
    /// <summary>其他固定资产.</summary>
    Other,
}
