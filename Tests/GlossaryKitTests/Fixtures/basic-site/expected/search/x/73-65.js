__glossarySearchShard("x/73-65",[["second",[2]],["see",[1]]]);
