__glossarySearchShard("v/6c",{"names":["letter"],"text":["lets","letter","link"]});
