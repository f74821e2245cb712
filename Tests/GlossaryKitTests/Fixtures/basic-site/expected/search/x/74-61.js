__glossarySearchShard("x/74-61",[["talk",[1]],["tax",[0]]]);
