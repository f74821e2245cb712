__glossarySearchShard("x/6c-65",[["lets",[1]],["letter",[2]]]);
