__glossarySearchShard("v/65",{"names":["école"],"text":["e","each","example","école"]});
