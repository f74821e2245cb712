__glossarySearchShard("x/73-63",[["school","K"]]);
