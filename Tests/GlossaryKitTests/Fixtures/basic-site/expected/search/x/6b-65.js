__glossarySearchShard("x/6b-65",[["keeps",[1]]]);
