__glossarySearchShard("x/75-6e",[["under",[3]],["une",[3]]]);
