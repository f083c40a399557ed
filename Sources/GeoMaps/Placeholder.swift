enum MapsPlaceholder {}
