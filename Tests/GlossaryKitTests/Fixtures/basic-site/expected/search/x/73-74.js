__glossarySearchShard("x/73-74",[["stripes",[4]]]);
