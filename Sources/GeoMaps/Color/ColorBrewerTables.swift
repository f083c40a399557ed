/// ColorBrewer ramps (Cynthia Brewer, Mark Harrower and The Pennsylvania State University,
/// colorbrewer2.org, Apache License 2.0), 3 classes up to the largest published count.
enum ColorBrewerTables {
    /// blues: index 0 holds the 3-class ramp.
    static let blues: [[String]] = [
        ["#deebf7", "#9ecae1", "#3182bd"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
        ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
        ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
    ]
    /// ylGnBu: index 0 holds the 3-class ramp.
    static let ylGnBu: [[String]] = [
        ["#edf8b1", "#7fcdbb", "#2c7fb8"],
        ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
        ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
        ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"],
        ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"],
        ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"],
        ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
    ]
    /// purples: index 0 holds the 3-class ramp.
    static let purples: [[String]] = [
        ["#efedf5", "#bcbddc", "#756bb1"],
        ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3"],
        ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"],
        ["#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"],
        ["#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"],
        ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"],
        ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
    ]
    /// orRd: index 0 holds the 3-class ramp.
    static let orRd: [[String]] = [
        ["#fee8c8", "#fdbb84", "#e34a33"],
        ["#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f"],
        ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"],
        ["#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"],
        ["#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000"],
        ["#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000"],
        ["#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"],
    ]
    /// rdBu: index 0 holds the 3-class ramp.
    static let rdBu: [[String]] = [
        ["#ef8a62", "#f7f7f7", "#67a9cf"],
        ["#ca0020", "#f4a582", "#92c5de", "#0571b0"],
        ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"],
        ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"],
        ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"],
        ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
        ["#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac"],
        ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"],
        [
            "#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3",
            "#2166ac", "#053061",
        ],
    ]
    /// puOr: index 0 holds the 3-class ramp.
    static let puOr: [[String]] = [
        ["#f1a340", "#f7f7f7", "#998ec3"],
        ["#e66101", "#fdb863", "#b2abd2", "#5e3c99"],
        ["#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"],
        ["#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788"],
        ["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"],
        ["#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788"],
        ["#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788"],
        ["#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"],
        [
            "#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac",
            "#542788", "#2d004b",
        ],
    ]
    /// brBG: index 0 holds the 3-class ramp.
    static let brBG: [[String]] = [
        ["#d8b365", "#f5f5f5", "#5ab4ac"],
        ["#a6611a", "#dfc27d", "#80cdc1", "#018571"],
        ["#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571"],
        ["#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e"],
        ["#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e"],
        ["#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#c7eae5", "#80cdc1", "#35978f", "#01665e"],
        ["#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e"],
        ["#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#c7eae5", "#80cdc1", "#35978f", "#01665e", "#003c30"],
        [
            "#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f",
            "#01665e", "#003c30",
        ],
    ]
}
