// GENERATED FILE, do not edit. Written by scripts/generate-structure-validators.mjs from the
// schemas of ./schemas.ts (see ./validatorCode.ts): ajv's standalone validation code for the state
// machine's top level and for each state type in each query language.
// test/unit/validation/structure-validators.test.ts fails when this file differs from a fresh generation.
// @ts-nocheck
"use strict";
export const machine = validate0;
const schema0 = {"type":"object","x-kind":"state machine","x-other-language-fields":[],"properties":{"StartAt":{"type":"string","x-expected":"the name of a state (a string)"},"States":{"type":"object","x-expected":"an object of states by name"},"Comment":{"type":"string","x-expected":"a string"},"Version":{"type":"string","x-expected":"a string such as \"1.0\""},"TimeoutSeconds":{"type":["integer","string"],"minimum":1,"maximum":31536000,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"an integer from 1 to 31536000"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""}},"required":["StartAt","States"],"additionalProperties":false,"$id":"machine.json"};
const pattern0 = new RegExp("^\\$\\{[^{}]+\\}$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="machine.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StartAt === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.States === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "StartAt") || (key0 === "States")) || (key0 === "Comment")) || (key0 === "Version")) || (key0 === "TimeoutSeconds")) || (key0 === "QueryLanguage"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.StartAt !== undefined){
let data0 = data.StartAt;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/StartAt",schemaPath:"#/properties/StartAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.StartAt.type,parentSchema:schema0.properties.StartAt,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.States !== undefined){
let data1 = data.States;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err4 = {instancePath:instancePath+"/States",schemaPath:"#/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.States.type,parentSchema:schema0.properties.States,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Comment !== undefined){
let data2 = data.Comment;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.Comment.type,parentSchema:schema0.properties.Comment,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Version !== undefined){
let data3 = data.Version;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/Version",schemaPath:"#/properties/Version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.Version.type,parentSchema:schema0.properties.Version,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.TimeoutSeconds !== undefined){
let data4 = data.TimeoutSeconds;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
const err7 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/type",keyword:"type",params:{type: schema0.properties.TimeoutSeconds.type},message:"must be integer,string",schema:schema0.properties.TimeoutSeconds.type,parentSchema:schema0.properties.TimeoutSeconds,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 31536000 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31536000},message:"must be <= 31536000",schema:31536000,parentSchema:schema0.properties.TimeoutSeconds,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.TimeoutSeconds,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err10 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema0.properties.TimeoutSeconds,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.QueryLanguage !== undefined){
let data5 = data.QueryLanguage;
if(!((data5 === "JSONPath") || (data5 === "JSONata"))){
const err11 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema0.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.QueryLanguage.enum,parentSchema:schema0.properties.QueryLanguage,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}

export const Task_JSONPath = validate1;
const schema1 = {"type":"object","x-kind":"Task state","x-other-language-fields":["Arguments","Output"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"InputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"OutputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Parameters":{"x-expected":"any JSON value"},"ResultSelector":{"type":"object","x-expected":"an object (a payload template)"},"ResultPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Resource":{"type":["string","object"],"x-expected":"an ARN string"},"Credentials":{"type":"object","x-expected":"an object with \"RoleArn\""},"TimeoutSeconds":{"type":["integer","string"],"minimum":1,"maximum":99999999,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"an integer from 1 to 99999999 (seconds)"},"TimeoutSecondsPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"HeartbeatSeconds":{"type":["integer","string"],"minimum":1,"maximum":99999999,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"an integer from 1 to 99999999 (seconds)"},"HeartbeatSecondsPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"Retry":{"type":"array","items":{"$ref":"retrier.json"},"x-expected":"an array of retriers (objects)"},"Catch":{"type":"array","items":{"$ref":"catcher-JSONPath.json"},"x-expected":"an array of catchers (objects)"}},"required":["Type","Resource"],"additionalProperties":false,"$id":"Task_JSONPath.json"};
const func0 = Object.prototype.hasOwnProperty;
const schema2 = {"type":"object","x-kind":"retrier","x-other-language-fields":[],"properties":{"ErrorEquals":{"type":"array","minItems":1,"items":{"type":"string"},"x-expected":"a non-empty array of error names (strings)"},"IntervalSeconds":{"type":["integer","string"],"minimum":1,"maximum":99999999,"pattern":"^(\\$\\{[^{}]+\\}|\\$.*)$","x-expected":"an integer from 1 to 99999999"},"MaxAttempts":{"type":["integer","string"],"minimum":0,"maximum":99999999,"pattern":"^(\\$\\{[^{}]+\\}|\\$.*)$","x-expected":"an integer from 0 to 99999999"},"BackoffRate":{"type":["number","string"],"minimum":1,"pattern":"^(\\$\\{[^{}]+\\}|\\$.*)$","x-expected":"a number of at least 1"},"MaxDelaySeconds":{"type":["integer","string"],"minimum":1,"maximum":31622400,"pattern":"^(\\$\\{[^{}]+\\}|\\$.*)$","x-expected":"an integer from 1 to 31622400"},"JitterStrategy":{"enum":["FULL","NONE"],"x-expected":"\"FULL\" or \"NONE\""},"Comment":{"type":"string","x-expected":"a string"}},"required":["ErrorEquals"],"additionalProperties":false,"$id":"retrier.json"};
const pattern3 = new RegExp("^(\\$\\{[^{}]+\\}|\\$.*)$", "u");

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="retrier.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ErrorEquals === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorEquals"},message:"must have required property '"+"ErrorEquals"+"'",schema:schema2.required,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "ErrorEquals") || (key0 === "IntervalSeconds")) || (key0 === "MaxAttempts")) || (key0 === "BackoffRate")) || (key0 === "MaxDelaySeconds")) || (key0 === "JitterStrategy")) || (key0 === "Comment"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ErrorEquals !== undefined){
let data0 = data.ErrorEquals;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/properties/ErrorEquals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema2.properties.ErrorEquals,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/properties/ErrorEquals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.properties.ErrorEquals.items.type,parentSchema:schema2.properties.ErrorEquals.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/properties/ErrorEquals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema2.properties.ErrorEquals.type,parentSchema:schema2.properties.ErrorEquals,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.IntervalSeconds !== undefined){
let data2 = data.IntervalSeconds;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
const err5 = {instancePath:instancePath+"/IntervalSeconds",schemaPath:"#/properties/IntervalSeconds/type",keyword:"type",params:{type: schema2.properties.IntervalSeconds.type},message:"must be integer,string",schema:schema2.properties.IntervalSeconds.type,parentSchema:schema2.properties.IntervalSeconds,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 99999999 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/IntervalSeconds",schemaPath:"#/properties/IntervalSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema2.properties.IntervalSeconds,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/IntervalSeconds",schemaPath:"#/properties/IntervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema2.properties.IntervalSeconds,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err8 = {instancePath:instancePath+"/IntervalSeconds",schemaPath:"#/properties/IntervalSeconds/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\$.*)$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\$.*)$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\$.*)$",parentSchema:schema2.properties.IntervalSeconds,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.MaxAttempts !== undefined){
let data3 = data.MaxAttempts;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
const err9 = {instancePath:instancePath+"/MaxAttempts",schemaPath:"#/properties/MaxAttempts/type",keyword:"type",params:{type: schema2.properties.MaxAttempts.type},message:"must be integer,string",schema:schema2.properties.MaxAttempts.type,parentSchema:schema2.properties.MaxAttempts,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 99999999 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/MaxAttempts",schemaPath:"#/properties/MaxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema2.properties.MaxAttempts,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/MaxAttempts",schemaPath:"#/properties/MaxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema2.properties.MaxAttempts,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err12 = {instancePath:instancePath+"/MaxAttempts",schemaPath:"#/properties/MaxAttempts/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\$.*)$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\$.*)$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\$.*)$",parentSchema:schema2.properties.MaxAttempts,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.BackoffRate !== undefined){
let data4 = data.BackoffRate;
if((!((typeof data4 == "number") && (isFinite(data4)))) && (typeof data4 !== "string")){
const err13 = {instancePath:instancePath+"/BackoffRate",schemaPath:"#/properties/BackoffRate/type",keyword:"type",params:{type: schema2.properties.BackoffRate.type},message:"must be number,string",schema:schema2.properties.BackoffRate.type,parentSchema:schema2.properties.BackoffRate,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/BackoffRate",schemaPath:"#/properties/BackoffRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema2.properties.BackoffRate,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err15 = {instancePath:instancePath+"/BackoffRate",schemaPath:"#/properties/BackoffRate/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\$.*)$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\$.*)$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\$.*)$",parentSchema:schema2.properties.BackoffRate,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.MaxDelaySeconds !== undefined){
let data5 = data.MaxDelaySeconds;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")){
const err16 = {instancePath:instancePath+"/MaxDelaySeconds",schemaPath:"#/properties/MaxDelaySeconds/type",keyword:"type",params:{type: schema2.properties.MaxDelaySeconds.type},message:"must be integer,string",schema:schema2.properties.MaxDelaySeconds.type,parentSchema:schema2.properties.MaxDelaySeconds,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 31622400 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/MaxDelaySeconds",schemaPath:"#/properties/MaxDelaySeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31622400},message:"must be <= 31622400",schema:31622400,parentSchema:schema2.properties.MaxDelaySeconds,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/MaxDelaySeconds",schemaPath:"#/properties/MaxDelaySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema2.properties.MaxDelaySeconds,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err19 = {instancePath:instancePath+"/MaxDelaySeconds",schemaPath:"#/properties/MaxDelaySeconds/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\$.*)$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\$.*)$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\$.*)$",parentSchema:schema2.properties.MaxDelaySeconds,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.JitterStrategy !== undefined){
let data6 = data.JitterStrategy;
if(!((data6 === "FULL") || (data6 === "NONE"))){
const err20 = {instancePath:instancePath+"/JitterStrategy",schemaPath:"#/properties/JitterStrategy/enum",keyword:"enum",params:{allowedValues: schema2.properties.JitterStrategy.enum},message:"must be equal to one of the allowed values",schema:schema2.properties.JitterStrategy.enum,parentSchema:schema2.properties.JitterStrategy,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Comment !== undefined){
let data7 = data.Comment;
if(typeof data7 !== "string"){
const err21 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.properties.Comment.type,parentSchema:schema2.properties.Comment,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}

const schema3 = {"type":"object","x-kind":"catcher","x-other-language-fields":["Output"],"properties":{"ErrorEquals":{"type":"array","minItems":1,"items":{"type":"string"},"x-expected":"a non-empty array of error names (strings)"},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"ResultPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Comment":{"type":"string","x-expected":"a string"}},"required":["ErrorEquals","Next"],"additionalProperties":false,"$id":"catcher-JSONPath.json"};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catcher-JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ErrorEquals === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorEquals"},message:"must have required property '"+"ErrorEquals"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Next === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Next"},message:"must have required property '"+"Next"+"'",schema:schema3.required,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "ErrorEquals") || (key0 === "Next")) || (key0 === "ResultPath")) || (key0 === "Assign")) || (key0 === "Comment"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ErrorEquals !== undefined){
let data0 = data.ErrorEquals;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/properties/ErrorEquals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema3.properties.ErrorEquals,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/properties/ErrorEquals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.ErrorEquals.items.type,parentSchema:schema3.properties.ErrorEquals.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/properties/ErrorEquals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema3.properties.ErrorEquals.type,parentSchema:schema3.properties.ErrorEquals,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Next !== undefined){
let data2 = data.Next;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.Next.type,parentSchema:schema3.properties.Next,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data3 = data.ResultPath;
if((typeof data3 !== "string") && (data3 !== null)){
const err7 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/properties/ResultPath/type",keyword:"type",params:{type: schema3.properties.ResultPath.type},message:"must be string,null",schema:schema3.properties.ResultPath.type,parentSchema:schema3.properties.ResultPath,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Assign !== undefined){
let data4 = data.Assign;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err8 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.properties.Assign.type,parentSchema:schema3.properties.Assign,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Comment !== undefined){
let data5 = data.Comment;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema3.properties.Comment.type,parentSchema:schema3.properties.Comment,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}


function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Task_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Resource === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema1.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.Type.type,parentSchema:schema1.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.Comment.type,parentSchema:schema1.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err5 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema1.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema1.properties.QueryLanguage.enum,parentSchema:schema1.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.Next.type,parentSchema:schema1.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema1.properties.End.type,parentSchema:schema1.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data5 = data.InputPath;
if((typeof data5 !== "string") && (data5 !== null)){
const err8 = {instancePath:instancePath+"/InputPath",schemaPath:"#/properties/InputPath/type",keyword:"type",params:{type: schema1.properties.InputPath.type},message:"must be string,null",schema:schema1.properties.InputPath.type,parentSchema:schema1.properties.InputPath,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data6 = data.OutputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err9 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/properties/OutputPath/type",keyword:"type",params:{type: schema1.properties.OutputPath.type},message:"must be string,null",schema:schema1.properties.OutputPath.type,parentSchema:schema1.properties.OutputPath,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ResultSelector !== undefined){
let data7 = data.ResultSelector;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err10 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/properties/ResultSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.ResultSelector.type,parentSchema:schema1.properties.ResultSelector,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data8 = data.ResultPath;
if((typeof data8 !== "string") && (data8 !== null)){
const err11 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/properties/ResultPath/type",keyword:"type",params:{type: schema1.properties.ResultPath.type},message:"must be string,null",schema:schema1.properties.ResultPath.type,parentSchema:schema1.properties.ResultPath,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Assign !== undefined){
let data9 = data.Assign;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err12 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.Assign.type,parentSchema:schema1.properties.Assign,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Resource !== undefined){
let data10 = data.Resource;
if((typeof data10 !== "string") && (!(data10 && typeof data10 == "object" && !Array.isArray(data10)))){
const err13 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: schema1.properties.Resource.type},message:"must be string,object",schema:schema1.properties.Resource.type,parentSchema:schema1.properties.Resource,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.Credentials !== undefined){
let data11 = data.Credentials;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err14 = {instancePath:instancePath+"/Credentials",schemaPath:"#/properties/Credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.Credentials.type,parentSchema:schema1.properties.Credentials,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.TimeoutSeconds !== undefined){
let data12 = data.TimeoutSeconds;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (typeof data12 !== "string")){
const err15 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/type",keyword:"type",params:{type: schema1.properties.TimeoutSeconds.type},message:"must be integer,string",schema:schema1.properties.TimeoutSeconds.type,parentSchema:schema1.properties.TimeoutSeconds,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 99999999 || isNaN(data12)){
const err16 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema1.properties.TimeoutSeconds,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err17 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema1.properties.TimeoutSeconds,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err18 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema1.properties.TimeoutSeconds,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.TimeoutSecondsPath !== undefined){
let data13 = data.TimeoutSecondsPath;
if(typeof data13 !== "string"){
const err19 = {instancePath:instancePath+"/TimeoutSecondsPath",schemaPath:"#/properties/TimeoutSecondsPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.TimeoutSecondsPath.type,parentSchema:schema1.properties.TimeoutSecondsPath,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.HeartbeatSeconds !== undefined){
let data14 = data.HeartbeatSeconds;
if((!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) && (typeof data14 !== "string")){
const err20 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/type",keyword:"type",params:{type: schema1.properties.HeartbeatSeconds.type},message:"must be integer,string",schema:schema1.properties.HeartbeatSeconds.type,parentSchema:schema1.properties.HeartbeatSeconds,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 99999999 || isNaN(data14)){
const err21 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema1.properties.HeartbeatSeconds,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err22 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema1.properties.HeartbeatSeconds,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err23 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema1.properties.HeartbeatSeconds,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.HeartbeatSecondsPath !== undefined){
let data15 = data.HeartbeatSecondsPath;
if(typeof data15 !== "string"){
const err24 = {instancePath:instancePath+"/HeartbeatSecondsPath",schemaPath:"#/properties/HeartbeatSecondsPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.HeartbeatSecondsPath.type,parentSchema:schema1.properties.HeartbeatSecondsPath,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.Retry !== undefined){
let data16 = data.Retry;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data16[i0], {instancePath:instancePath+"/Retry/" + i0,parentData:data16,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/Retry",schemaPath:"#/properties/Retry/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.Retry.type,parentSchema:schema1.properties.Retry,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.Catch !== undefined){
let data18 = data.Catch;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i1=0; i1<len1; i1++){
if(!(validate4(data18[i1], {instancePath:instancePath+"/Catch/" + i1,parentData:data18,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/Catch",schemaPath:"#/properties/Catch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.Catch.type,parentSchema:schema1.properties.Catch,data:data18};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}

export const Pass_JSONPath = validate6;
const schema4 = {"type":"object","x-kind":"Pass state","x-other-language-fields":["Output"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"InputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"OutputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Parameters":{"x-expected":"any JSON value"},"ResultPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Result":{"x-expected":"any JSON value"},"Assign":{"type":"object","x-expected":"an object of variable assignments"}},"required":["Type"],"additionalProperties":false,"$id":"Pass_JSONPath.json"};

function validate6(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Pass_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema4.required,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema4.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.Type.type,parentSchema:schema4.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.Comment.type,parentSchema:schema4.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema4.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema4.properties.QueryLanguage.enum,parentSchema:schema4.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema4.properties.Next.type,parentSchema:schema4.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema4.properties.End.type,parentSchema:schema4.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data5 = data.InputPath;
if((typeof data5 !== "string") && (data5 !== null)){
const err7 = {instancePath:instancePath+"/InputPath",schemaPath:"#/properties/InputPath/type",keyword:"type",params:{type: schema4.properties.InputPath.type},message:"must be string,null",schema:schema4.properties.InputPath.type,parentSchema:schema4.properties.InputPath,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data6 = data.OutputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err8 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/properties/OutputPath/type",keyword:"type",params:{type: schema4.properties.OutputPath.type},message:"must be string,null",schema:schema4.properties.OutputPath.type,parentSchema:schema4.properties.OutputPath,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data7 = data.ResultPath;
if((typeof data7 !== "string") && (data7 !== null)){
const err9 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/properties/ResultPath/type",keyword:"type",params:{type: schema4.properties.ResultPath.type},message:"must be string,null",schema:schema4.properties.ResultPath.type,parentSchema:schema4.properties.ResultPath,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Assign !== undefined){
let data8 = data.Assign;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err10 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.properties.Assign.type,parentSchema:schema4.properties.Assign,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema4.type,parentSchema:schema4,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate6.errors = vErrors;
return errors === 0;
}

export const Choice_JSONPath = validate7;
const schema5 = {"type":"object","x-kind":"Choice state","x-other-language-fields":["Output"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"InputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"OutputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Choices":{"type":"array","minItems":1,"items":{"type":"object"},"x-expected":"a non-empty array of choice rules (objects)"},"Default":{"type":"string","x-expected":"the name of a state (a string)"}},"required":["Type","Choices"],"additionalProperties":false,"$id":"Choice_JSONPath.json"};

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Choice_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Choices === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Choices"},message:"must have required property '"+"Choices"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "InputPath")) || (key0 === "OutputPath")) || (key0 === "Assign")) || (key0 === "Choices")) || (key0 === "Default"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.Type.type,parentSchema:schema5.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.Comment.type,parentSchema:schema5.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err5 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema5.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema5.properties.QueryLanguage.enum,parentSchema:schema5.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data3 = data.InputPath;
if((typeof data3 !== "string") && (data3 !== null)){
const err6 = {instancePath:instancePath+"/InputPath",schemaPath:"#/properties/InputPath/type",keyword:"type",params:{type: schema5.properties.InputPath.type},message:"must be string,null",schema:schema5.properties.InputPath.type,parentSchema:schema5.properties.InputPath,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data4 = data.OutputPath;
if((typeof data4 !== "string") && (data4 !== null)){
const err7 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/properties/OutputPath/type",keyword:"type",params:{type: schema5.properties.OutputPath.type},message:"must be string,null",schema:schema5.properties.OutputPath.type,parentSchema:schema5.properties.OutputPath,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Assign !== undefined){
let data5 = data.Assign;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err8 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.properties.Assign.type,parentSchema:schema5.properties.Assign,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Choices !== undefined){
let data6 = data.Choices;
if(Array.isArray(data6)){
if(data6.length < 1){
const err9 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema5.properties.Choices,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err10 = {instancePath:instancePath+"/Choices/" + i0,schemaPath:"#/properties/Choices/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.properties.Choices.items.type,parentSchema:schema5.properties.Choices.items,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.properties.Choices.type,parentSchema:schema5.properties.Choices,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Default !== undefined){
let data8 = data.Default;
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/Default",schemaPath:"#/properties/Default/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.Default.type,parentSchema:schema5.properties.Default,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}

export const Wait_JSONPath = validate8;
const schema6 = {"type":"object","x-kind":"Wait state","x-other-language-fields":["Output"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"InputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"OutputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Seconds":{"type":["integer","string"],"minimum":0,"maximum":99999999,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"an integer from 0 to 99999999 (seconds)"},"SecondsPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"Timestamp":{"type":"string","x-expected":"a string"},"TimestampPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""}},"required":["Type"],"additionalProperties":false,"$id":"Wait_JSONPath.json"};

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Wait_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema6.required,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema6.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.Type.type,parentSchema:schema6.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.Comment.type,parentSchema:schema6.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema6.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.QueryLanguage.enum,parentSchema:schema6.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.Next.type,parentSchema:schema6.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.End.type,parentSchema:schema6.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data5 = data.InputPath;
if((typeof data5 !== "string") && (data5 !== null)){
const err7 = {instancePath:instancePath+"/InputPath",schemaPath:"#/properties/InputPath/type",keyword:"type",params:{type: schema6.properties.InputPath.type},message:"must be string,null",schema:schema6.properties.InputPath.type,parentSchema:schema6.properties.InputPath,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data6 = data.OutputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err8 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/properties/OutputPath/type",keyword:"type",params:{type: schema6.properties.OutputPath.type},message:"must be string,null",schema:schema6.properties.OutputPath.type,parentSchema:schema6.properties.OutputPath,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Assign !== undefined){
let data7 = data.Assign;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err9 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.Assign.type,parentSchema:schema6.properties.Assign,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Seconds !== undefined){
let data8 = data.Seconds;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (typeof data8 !== "string")){
const err10 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/type",keyword:"type",params:{type: schema6.properties.Seconds.type},message:"must be integer,string",schema:schema6.properties.Seconds.type,parentSchema:schema6.properties.Seconds,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 99999999 || isNaN(data8)){
const err11 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema6.properties.Seconds,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err12 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.Seconds,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err13 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema6.properties.Seconds,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.SecondsPath !== undefined){
let data9 = data.SecondsPath;
if(typeof data9 !== "string"){
const err14 = {instancePath:instancePath+"/SecondsPath",schemaPath:"#/properties/SecondsPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.SecondsPath.type,parentSchema:schema6.properties.SecondsPath,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.Timestamp !== undefined){
let data10 = data.Timestamp;
if(typeof data10 !== "string"){
const err15 = {instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.Timestamp.type,parentSchema:schema6.properties.Timestamp,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.TimestampPath !== undefined){
let data11 = data.TimestampPath;
if(typeof data11 !== "string"){
const err16 = {instancePath:instancePath+"/TimestampPath",schemaPath:"#/properties/TimestampPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.TimestampPath.type,parentSchema:schema6.properties.TimestampPath,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}

export const Succeed_JSONPath = validate9;
const schema7 = {"type":"object","x-kind":"Succeed state","x-other-language-fields":["Output"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"InputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"OutputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"}},"required":["Type"],"additionalProperties":false,"$id":"Succeed_JSONPath.json"};

function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Succeed_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema7.required,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "InputPath")) || (key0 === "OutputPath"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.Type.type,parentSchema:schema7.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.properties.Comment.type,parentSchema:schema7.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema7.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema7.properties.QueryLanguage.enum,parentSchema:schema7.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data3 = data.InputPath;
if((typeof data3 !== "string") && (data3 !== null)){
const err5 = {instancePath:instancePath+"/InputPath",schemaPath:"#/properties/InputPath/type",keyword:"type",params:{type: schema7.properties.InputPath.type},message:"must be string,null",schema:schema7.properties.InputPath.type,parentSchema:schema7.properties.InputPath,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data4 = data.OutputPath;
if((typeof data4 !== "string") && (data4 !== null)){
const err6 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/properties/OutputPath/type",keyword:"type",params:{type: schema7.properties.OutputPath.type},message:"must be string,null",schema:schema7.properties.OutputPath.type,parentSchema:schema7.properties.OutputPath,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate9.errors = vErrors;
return errors === 0;
}

export const Fail_JSONPath = validate10;
const schema8 = {"type":"object","x-kind":"Fail state","x-other-language-fields":[],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Error":{"type":"string","x-expected":"a string"},"ErrorPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"Cause":{"type":"string","x-expected":"a string"},"CausePath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""}},"required":["Type"],"additionalProperties":false,"$id":"Fail_JSONPath.json"};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Fail_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema8.required,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Error")) || (key0 === "ErrorPath")) || (key0 === "Cause")) || (key0 === "CausePath"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.Type.type,parentSchema:schema8.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.Comment.type,parentSchema:schema8.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema8.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema8.properties.QueryLanguage.enum,parentSchema:schema8.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Error !== undefined){
let data3 = data.Error;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.Error.type,parentSchema:schema8.properties.Error,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ErrorPath !== undefined){
let data4 = data.ErrorPath;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/ErrorPath",schemaPath:"#/properties/ErrorPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.ErrorPath.type,parentSchema:schema8.properties.ErrorPath,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Cause !== undefined){
let data5 = data.Cause;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/Cause",schemaPath:"#/properties/Cause/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.Cause.type,parentSchema:schema8.properties.Cause,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.CausePath !== undefined){
let data6 = data.CausePath;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/CausePath",schemaPath:"#/properties/CausePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.properties.CausePath.type,parentSchema:schema8.properties.CausePath,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema8.type,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const Parallel_JSONPath = validate11;
const schema9 = {"type":"object","x-kind":"Parallel state","x-other-language-fields":["Arguments","Output"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"InputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"OutputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Parameters":{"x-expected":"any JSON value"},"ResultSelector":{"type":"object","x-expected":"an object (a payload template)"},"ResultPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Retry":{"type":"array","items":{"$ref":"retrier.json"},"x-expected":"an array of retriers (objects)"},"Catch":{"type":"array","items":{"$ref":"catcher-JSONPath.json"},"x-expected":"an array of catchers (objects)"},"Branches":{"type":"array","items":{"type":"object","x-kind":"Parallel branch","x-other-language-fields":[],"properties":{"StartAt":{"type":"string","x-expected":"the name of a state (a string)"},"States":{"type":"object","x-expected":"an object of states by name"},"Comment":{"type":"string","x-expected":"a string"}},"required":["StartAt","States"],"additionalProperties":false,"x-expected":"an object with \"StartAt\" and \"States\""},"minItems":1,"x-expected":"a non-empty array of branches (objects with StartAt and States)"}},"required":["Type","Branches"],"additionalProperties":false,"$id":"Parallel_JSONPath.json"};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Parallel_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Branches === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Branches"},message:"must have required property '"+"Branches"+"'",schema:schema9.required,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema9.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.Type.type,parentSchema:schema9.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.Comment.type,parentSchema:schema9.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err5 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema9.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema9.properties.QueryLanguage.enum,parentSchema:schema9.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.Next.type,parentSchema:schema9.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema9.properties.End.type,parentSchema:schema9.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data5 = data.InputPath;
if((typeof data5 !== "string") && (data5 !== null)){
const err8 = {instancePath:instancePath+"/InputPath",schemaPath:"#/properties/InputPath/type",keyword:"type",params:{type: schema9.properties.InputPath.type},message:"must be string,null",schema:schema9.properties.InputPath.type,parentSchema:schema9.properties.InputPath,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data6 = data.OutputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err9 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/properties/OutputPath/type",keyword:"type",params:{type: schema9.properties.OutputPath.type},message:"must be string,null",schema:schema9.properties.OutputPath.type,parentSchema:schema9.properties.OutputPath,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ResultSelector !== undefined){
let data7 = data.ResultSelector;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err10 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/properties/ResultSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.ResultSelector.type,parentSchema:schema9.properties.ResultSelector,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data8 = data.ResultPath;
if((typeof data8 !== "string") && (data8 !== null)){
const err11 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/properties/ResultPath/type",keyword:"type",params:{type: schema9.properties.ResultPath.type},message:"must be string,null",schema:schema9.properties.ResultPath.type,parentSchema:schema9.properties.ResultPath,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Assign !== undefined){
let data9 = data.Assign;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err12 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.Assign.type,parentSchema:schema9.properties.Assign,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Retry !== undefined){
let data10 = data.Retry;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data10[i0], {instancePath:instancePath+"/Retry/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/Retry",schemaPath:"#/properties/Retry/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.Retry.type,parentSchema:schema9.properties.Retry,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.Catch !== undefined){
let data12 = data.Catch;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate4(data12[i1], {instancePath:instancePath+"/Catch/" + i1,parentData:data12,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/Catch",schemaPath:"#/properties/Catch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.Catch.type,parentSchema:schema9.properties.Catch,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.Branches !== undefined){
let data14 = data.Branches;
if(Array.isArray(data14)){
if(data14.length < 1){
const err15 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema9.properties.Branches,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.StartAt === undefined){
const err16 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema9.properties.Branches.items.required,parentSchema:schema9.properties.Branches.items,data:data15};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data15.States === undefined){
const err17 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema9.properties.Branches.items.required,parentSchema:schema9.properties.Branches.items,data:data15};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data15){
if(!(((key1 === "StartAt") || (key1 === "States")) || (key1 === "Comment"))){
const err18 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema9.properties.Branches.items,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data15.StartAt !== undefined){
let data16 = data15.StartAt;
if(typeof data16 !== "string"){
const err19 = {instancePath:instancePath+"/Branches/" + i2+"/StartAt",schemaPath:"#/properties/Branches/items/properties/StartAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.Branches.items.properties.StartAt.type,parentSchema:schema9.properties.Branches.items.properties.StartAt,data:data16};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data15.States !== undefined){
let data17 = data15.States;
if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){
const err20 = {instancePath:instancePath+"/Branches/" + i2+"/States",schemaPath:"#/properties/Branches/items/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.Branches.items.properties.States.type,parentSchema:schema9.properties.Branches.items.properties.States,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data15.Comment !== undefined){
let data18 = data15.Comment;
if(typeof data18 !== "string"){
const err21 = {instancePath:instancePath+"/Branches/" + i2+"/Comment",schemaPath:"#/properties/Branches/items/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.properties.Branches.items.properties.Comment.type,parentSchema:schema9.properties.Branches.items.properties.Comment,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.properties.Branches.items.type,parentSchema:schema9.properties.Branches.items,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.properties.Branches.type,parentSchema:schema9.properties.Branches,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

export const Map_JSONPath = validate14;
const schema10 = {"type":"object","x-kind":"Map state","x-other-language-fields":["Output","Items"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"InputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"OutputPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Parameters":{"x-expected":"any JSON value"},"ResultSelector":{"type":"object","x-expected":"an object (a payload template)"},"ResultPath":{"type":["string","null"],"x-expected":"a JSONPath string starting with \"$\", or null"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Retry":{"type":"array","items":{"$ref":"retrier.json"},"x-expected":"an array of retriers (objects)"},"Catch":{"type":"array","items":{"$ref":"catcher-JSONPath.json"},"x-expected":"an array of catchers (objects)"},"ItemProcessor":{"type":"object","x-kind":"ItemProcessor","x-other-language-fields":[],"properties":{"StartAt":{"type":"string","x-expected":"the name of a state (a string)"},"States":{"type":"object","x-expected":"an object of states by name"},"Comment":{"type":"string","x-expected":"a string"},"ProcessorConfig":{"type":"object","x-kind":"ProcessorConfig","x-other-language-fields":[],"properties":{"Mode":{"enum":["INLINE","DISTRIBUTED"],"x-expected":"\"INLINE\" or \"DISTRIBUTED\""},"ExecutionType":{"enum":["STANDARD","EXPRESS"],"x-expected":"\"STANDARD\" or \"EXPRESS\""}},"required":[],"additionalProperties":false,"x-expected":"an object"}},"required":["StartAt","States"],"additionalProperties":false,"x-expected":"an object with \"StartAt\" and \"States\""},"Iterator":{"type":"object","x-kind":"Iterator","x-other-language-fields":[],"properties":{"StartAt":{"type":"string","x-expected":"the name of a state (a string)"},"States":{"type":"object","x-expected":"an object of states by name"},"Comment":{"type":"string","x-expected":"a string"},"ProcessorConfig":{"type":"object","x-kind":"ProcessorConfig","x-other-language-fields":[],"properties":{"Mode":{"enum":["INLINE","DISTRIBUTED"],"x-expected":"\"INLINE\" or \"DISTRIBUTED\""},"ExecutionType":{"enum":["STANDARD","EXPRESS"],"x-expected":"\"STANDARD\" or \"EXPRESS\""}},"required":[],"additionalProperties":false,"x-expected":"an object"}},"required":["StartAt","States"],"additionalProperties":false,"x-expected":"an object with \"StartAt\" and \"States\""},"ItemsPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"ItemSelector":{"type":"object","x-expected":"an object (a payload template)"},"ItemReader":{"type":"object","x-kind":"ItemReader","x-other-language-fields":["Arguments"],"properties":{"Resource":{"type":"string","x-expected":"a string"},"Parameters":{"type":"object","x-expected":"an object (a payload template)"},"ReaderConfig":{"type":"object","x-kind":"ReaderConfig","x-other-language-fields":[],"properties":{"InputType":{"enum":["CSV","JSON","JSONL","MANIFEST","PARQUET"],"x-expected":"\"CSV\", \"JSON\", \"JSONL\", \"MANIFEST\" or \"PARQUET\""},"CSVHeaderLocation":{"enum":["FIRST_ROW","GIVEN"],"x-expected":"\"FIRST_ROW\" or \"GIVEN\""},"CSVHeaders":{"type":"array","items":{"type":"string"},"x-expected":"an array of column names"},"CSVDelimiter":{"enum":["COMMA","PIPE","SEMICOLON","SPACE","TAB"],"x-expected":"\"COMMA\", \"PIPE\", \"SEMICOLON\", \"SPACE\" or \"TAB\""},"MaxItems":{"type":["integer","string"],"minimum":0,"maximum":100000000,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"an integer from 0 to 100000000"},"MaxItemsPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"ManifestType":{"enum":["S3_INVENTORY","ATHENA_DATA"],"x-expected":"\"S3_INVENTORY\" or \"ATHENA_DATA\""}},"required":[],"x-expected":"an object"}},"required":["Resource"],"additionalProperties":false,"x-expected":"an object"},"ItemBatcher":{"type":"object","x-kind":"ItemBatcher","x-other-language-fields":[],"properties":{"MaxItemsPerBatch":{"type":["integer","string"],"minimum":1,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"a positive integer"},"MaxItemsPerBatchPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"MaxInputBytesPerBatch":{"type":["integer","string"],"minimum":1,"maximum":262144,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"an integer from 1 to 262144"},"MaxInputBytesPerBatchPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"BatchInput":{"type":"object","x-expected":"an object"}},"required":[],"additionalProperties":false,"x-expected":"an object"},"ResultWriter":{"type":"object","x-kind":"ResultWriter","x-other-language-fields":["Arguments"],"properties":{"Resource":{"type":"string","x-expected":"a string"},"Parameters":{"type":"object","x-expected":"an object (a payload template)"},"WriterConfig":{"type":"object","x-kind":"WriterConfig","x-other-language-fields":[],"properties":{"OutputType":{"enum":["JSON","JSONL"],"x-expected":"\"JSON\" or \"JSONL\""},"Transformation":{"enum":["NONE","COMPACT","FLATTEN"],"x-expected":"\"NONE\", \"COMPACT\" or \"FLATTEN\""}},"required":[],"x-expected":"an object"}},"required":[],"additionalProperties":false,"x-expected":"an object"},"MaxConcurrency":{"type":["integer","string"],"minimum":0,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"a non-negative integer"},"MaxConcurrencyPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"ToleratedFailureCount":{"type":["integer","string"],"minimum":0,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"a non-negative integer"},"ToleratedFailureCountPath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"ToleratedFailurePercentage":{"type":["number","string"],"minimum":0,"maximum":100,"pattern":"^\\$\\{[^{}]+\\}$","x-expected":"a number from 0 to 100"},"ToleratedFailurePercentagePath":{"type":"string","x-expected":"a JSONPath string starting with \"$\""},"Label":{"type":"string","x-expected":"a string"}},"required":["Type"],"additionalProperties":false,"$id":"Map_JSONPath.json"};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Map_JSONPath.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema10.required,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema10.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.Type.type,parentSchema:schema10.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.Comment.type,parentSchema:schema10.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema10.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.QueryLanguage.enum,parentSchema:schema10.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.Next.type,parentSchema:schema10.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema10.properties.End.type,parentSchema:schema10.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data5 = data.InputPath;
if((typeof data5 !== "string") && (data5 !== null)){
const err7 = {instancePath:instancePath+"/InputPath",schemaPath:"#/properties/InputPath/type",keyword:"type",params:{type: schema10.properties.InputPath.type},message:"must be string,null",schema:schema10.properties.InputPath.type,parentSchema:schema10.properties.InputPath,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data6 = data.OutputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err8 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/properties/OutputPath/type",keyword:"type",params:{type: schema10.properties.OutputPath.type},message:"must be string,null",schema:schema10.properties.OutputPath.type,parentSchema:schema10.properties.OutputPath,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ResultSelector !== undefined){
let data7 = data.ResultSelector;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err9 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/properties/ResultSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ResultSelector.type,parentSchema:schema10.properties.ResultSelector,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data8 = data.ResultPath;
if((typeof data8 !== "string") && (data8 !== null)){
const err10 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/properties/ResultPath/type",keyword:"type",params:{type: schema10.properties.ResultPath.type},message:"must be string,null",schema:schema10.properties.ResultPath.type,parentSchema:schema10.properties.ResultPath,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Assign !== undefined){
let data9 = data.Assign;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err11 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.Assign.type,parentSchema:schema10.properties.Assign,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Retry !== undefined){
let data10 = data.Retry;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data10[i0], {instancePath:instancePath+"/Retry/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/Retry",schemaPath:"#/properties/Retry/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.Retry.type,parentSchema:schema10.properties.Retry,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Catch !== undefined){
let data12 = data.Catch;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate4(data12[i1], {instancePath:instancePath+"/Catch/" + i1,parentData:data12,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/Catch",schemaPath:"#/properties/Catch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.Catch.type,parentSchema:schema10.properties.Catch,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.ItemProcessor !== undefined){
let data14 = data.ItemProcessor;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.StartAt === undefined){
const err14 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema10.properties.ItemProcessor.required,parentSchema:schema10.properties.ItemProcessor,data:data14};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data14.States === undefined){
const err15 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema10.properties.ItemProcessor.required,parentSchema:schema10.properties.ItemProcessor,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data14){
if(!((((key1 === "StartAt") || (key1 === "States")) || (key1 === "Comment")) || (key1 === "ProcessorConfig"))){
const err16 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.ItemProcessor,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data14.StartAt !== undefined){
let data15 = data14.StartAt;
if(typeof data15 !== "string"){
const err17 = {instancePath:instancePath+"/ItemProcessor/StartAt",schemaPath:"#/properties/ItemProcessor/properties/StartAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemProcessor.properties.StartAt.type,parentSchema:schema10.properties.ItemProcessor.properties.StartAt,data:data15};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data14.States !== undefined){
let data16 = data14.States;
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
const err18 = {instancePath:instancePath+"/ItemProcessor/States",schemaPath:"#/properties/ItemProcessor/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemProcessor.properties.States.type,parentSchema:schema10.properties.ItemProcessor.properties.States,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data14.Comment !== undefined){
let data17 = data14.Comment;
if(typeof data17 !== "string"){
const err19 = {instancePath:instancePath+"/ItemProcessor/Comment",schemaPath:"#/properties/ItemProcessor/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemProcessor.properties.Comment.type,parentSchema:schema10.properties.ItemProcessor.properties.Comment,data:data17};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data14.ProcessorConfig !== undefined){
let data18 = data14.ProcessorConfig;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key2 in data18){
if(!((key2 === "Mode") || (key2 === "ExecutionType"))){
const err20 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.ItemProcessor.properties.ProcessorConfig,data:data18};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data18.Mode !== undefined){
let data19 = data18.Mode;
if(!((data19 === "INLINE") || (data19 === "DISTRIBUTED"))){
const err21 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig/Mode",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/properties/Mode/enum",keyword:"enum",params:{allowedValues: schema10.properties.ItemProcessor.properties.ProcessorConfig.properties.Mode.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ItemProcessor.properties.ProcessorConfig.properties.Mode.enum,parentSchema:schema10.properties.ItemProcessor.properties.ProcessorConfig.properties.Mode,data:data19};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data18.ExecutionType !== undefined){
let data20 = data18.ExecutionType;
if(!((data20 === "STANDARD") || (data20 === "EXPRESS"))){
const err22 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig/ExecutionType",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/properties/ExecutionType/enum",keyword:"enum",params:{allowedValues: schema10.properties.ItemProcessor.properties.ProcessorConfig.properties.ExecutionType.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ItemProcessor.properties.ProcessorConfig.properties.ExecutionType.enum,parentSchema:schema10.properties.ItemProcessor.properties.ProcessorConfig.properties.ExecutionType,data:data20};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemProcessor.properties.ProcessorConfig.type,parentSchema:schema10.properties.ItemProcessor.properties.ProcessorConfig,data:data18};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemProcessor.type,parentSchema:schema10.properties.ItemProcessor,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.Iterator !== undefined){
let data21 = data.Iterator;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.StartAt === undefined){
const err25 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema10.properties.Iterator.required,parentSchema:schema10.properties.Iterator,data:data21};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data21.States === undefined){
const err26 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema10.properties.Iterator.required,parentSchema:schema10.properties.Iterator,data:data21};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key3 in data21){
if(!((((key3 === "StartAt") || (key3 === "States")) || (key3 === "Comment")) || (key3 === "ProcessorConfig"))){
const err27 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.Iterator,data:data21};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data21.StartAt !== undefined){
let data22 = data21.StartAt;
if(typeof data22 !== "string"){
const err28 = {instancePath:instancePath+"/Iterator/StartAt",schemaPath:"#/properties/Iterator/properties/StartAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.Iterator.properties.StartAt.type,parentSchema:schema10.properties.Iterator.properties.StartAt,data:data22};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data21.States !== undefined){
let data23 = data21.States;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
const err29 = {instancePath:instancePath+"/Iterator/States",schemaPath:"#/properties/Iterator/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.Iterator.properties.States.type,parentSchema:schema10.properties.Iterator.properties.States,data:data23};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data21.Comment !== undefined){
let data24 = data21.Comment;
if(typeof data24 !== "string"){
const err30 = {instancePath:instancePath+"/Iterator/Comment",schemaPath:"#/properties/Iterator/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.Iterator.properties.Comment.type,parentSchema:schema10.properties.Iterator.properties.Comment,data:data24};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data21.ProcessorConfig !== undefined){
let data25 = data21.ProcessorConfig;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key4 in data25){
if(!((key4 === "Mode") || (key4 === "ExecutionType"))){
const err31 = {instancePath:instancePath+"/Iterator/ProcessorConfig",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.Iterator.properties.ProcessorConfig,data:data25};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data25.Mode !== undefined){
let data26 = data25.Mode;
if(!((data26 === "INLINE") || (data26 === "DISTRIBUTED"))){
const err32 = {instancePath:instancePath+"/Iterator/ProcessorConfig/Mode",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/properties/Mode/enum",keyword:"enum",params:{allowedValues: schema10.properties.Iterator.properties.ProcessorConfig.properties.Mode.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.Iterator.properties.ProcessorConfig.properties.Mode.enum,parentSchema:schema10.properties.Iterator.properties.ProcessorConfig.properties.Mode,data:data26};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data25.ExecutionType !== undefined){
let data27 = data25.ExecutionType;
if(!((data27 === "STANDARD") || (data27 === "EXPRESS"))){
const err33 = {instancePath:instancePath+"/Iterator/ProcessorConfig/ExecutionType",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/properties/ExecutionType/enum",keyword:"enum",params:{allowedValues: schema10.properties.Iterator.properties.ProcessorConfig.properties.ExecutionType.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.Iterator.properties.ProcessorConfig.properties.ExecutionType.enum,parentSchema:schema10.properties.Iterator.properties.ProcessorConfig.properties.ExecutionType,data:data27};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/Iterator/ProcessorConfig",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.Iterator.properties.ProcessorConfig.type,parentSchema:schema10.properties.Iterator.properties.ProcessorConfig,data:data25};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.Iterator.type,parentSchema:schema10.properties.Iterator,data:data21};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.ItemsPath !== undefined){
let data28 = data.ItemsPath;
if(typeof data28 !== "string"){
const err36 = {instancePath:instancePath+"/ItemsPath",schemaPath:"#/properties/ItemsPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemsPath.type,parentSchema:schema10.properties.ItemsPath,data:data28};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.ItemSelector !== undefined){
let data29 = data.ItemSelector;
if(!(data29 && typeof data29 == "object" && !Array.isArray(data29))){
const err37 = {instancePath:instancePath+"/ItemSelector",schemaPath:"#/properties/ItemSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemSelector.type,parentSchema:schema10.properties.ItemSelector,data:data29};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.ItemReader !== undefined){
let data30 = data.ItemReader;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.Resource === undefined){
const err38 = {instancePath:instancePath+"/ItemReader",schemaPath:"#/properties/ItemReader/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema10.properties.ItemReader.required,parentSchema:schema10.properties.ItemReader,data:data30};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key5 in data30){
if(!(((key5 === "Resource") || (key5 === "Parameters")) || (key5 === "ReaderConfig"))){
const err39 = {instancePath:instancePath+"/ItemReader",schemaPath:"#/properties/ItemReader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.ItemReader,data:data30};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data30.Resource !== undefined){
let data31 = data30.Resource;
if(typeof data31 !== "string"){
const err40 = {instancePath:instancePath+"/ItemReader/Resource",schemaPath:"#/properties/ItemReader/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemReader.properties.Resource.type,parentSchema:schema10.properties.ItemReader.properties.Resource,data:data31};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data30.Parameters !== undefined){
let data32 = data30.Parameters;
if(!(data32 && typeof data32 == "object" && !Array.isArray(data32))){
const err41 = {instancePath:instancePath+"/ItemReader/Parameters",schemaPath:"#/properties/ItemReader/properties/Parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemReader.properties.Parameters.type,parentSchema:schema10.properties.ItemReader.properties.Parameters,data:data32};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data30.ReaderConfig !== undefined){
let data33 = data30.ReaderConfig;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.InputType !== undefined){
let data34 = data33.InputType;
if(!(((((data34 === "CSV") || (data34 === "JSON")) || (data34 === "JSONL")) || (data34 === "MANIFEST")) || (data34 === "PARQUET"))){
const err42 = {instancePath:instancePath+"/ItemReader/ReaderConfig/InputType",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/InputType/enum",keyword:"enum",params:{allowedValues: schema10.properties.ItemReader.properties.ReaderConfig.properties.InputType.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.InputType.enum,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.InputType,data:data34};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data33.CSVHeaderLocation !== undefined){
let data35 = data33.CSVHeaderLocation;
if(!((data35 === "FIRST_ROW") || (data35 === "GIVEN"))){
const err43 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVHeaderLocation",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVHeaderLocation/enum",keyword:"enum",params:{allowedValues: schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaderLocation.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaderLocation.enum,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaderLocation,data:data35};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data33.CSVHeaders !== undefined){
let data36 = data33.CSVHeaders;
if(Array.isArray(data36)){
const len2 = data36.length;
for(let i2=0; i2<len2; i2++){
let data37 = data36[i2];
if(typeof data37 !== "string"){
const err44 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVHeaders/" + i2,schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders.items.type,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders.items,data:data37};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVHeaders",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVHeaders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders.type,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders,data:data36};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data33.CSVDelimiter !== undefined){
let data38 = data33.CSVDelimiter;
if(!(((((data38 === "COMMA") || (data38 === "PIPE")) || (data38 === "SEMICOLON")) || (data38 === "SPACE")) || (data38 === "TAB"))){
const err46 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVDelimiter",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVDelimiter/enum",keyword:"enum",params:{allowedValues: schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVDelimiter.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVDelimiter.enum,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.CSVDelimiter,data:data38};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data33.MaxItems !== undefined){
let data39 = data33.MaxItems;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (typeof data39 !== "string")){
const err47 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/type",keyword:"type",params:{type: schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItems.type},message:"must be integer,string",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItems.type,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data39};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 100000000 || isNaN(data39)){
const err48 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data39};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data39 < 0 || isNaN(data39)){
const err49 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data39};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(typeof data39 === "string"){
if(!pattern0.test(data39)){
const err50 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data39};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data33.MaxItemsPath !== undefined){
let data40 = data33.MaxItemsPath;
if(typeof data40 !== "string"){
const err51 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItemsPath",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItemsPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItemsPath.type,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.MaxItemsPath,data:data40};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data33.ManifestType !== undefined){
let data41 = data33.ManifestType;
if(!((data41 === "S3_INVENTORY") || (data41 === "ATHENA_DATA"))){
const err52 = {instancePath:instancePath+"/ItemReader/ReaderConfig/ManifestType",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/ManifestType/enum",keyword:"enum",params:{allowedValues: schema10.properties.ItemReader.properties.ReaderConfig.properties.ManifestType.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ItemReader.properties.ReaderConfig.properties.ManifestType.enum,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig.properties.ManifestType,data:data41};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/ItemReader/ReaderConfig",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemReader.properties.ReaderConfig.type,parentSchema:schema10.properties.ItemReader.properties.ReaderConfig,data:data33};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/ItemReader",schemaPath:"#/properties/ItemReader/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemReader.type,parentSchema:schema10.properties.ItemReader,data:data30};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.ItemBatcher !== undefined){
let data42 = data.ItemBatcher;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key6 in data42){
if(!(((((key6 === "MaxItemsPerBatch") || (key6 === "MaxItemsPerBatchPath")) || (key6 === "MaxInputBytesPerBatch")) || (key6 === "MaxInputBytesPerBatchPath")) || (key6 === "BatchInput"))){
const err55 = {instancePath:instancePath+"/ItemBatcher",schemaPath:"#/properties/ItemBatcher/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.ItemBatcher,data:data42};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data42.MaxItemsPerBatch !== undefined){
let data43 = data42.MaxItemsPerBatch;
if((!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))) && (typeof data43 !== "string")){
const err56 = {instancePath:instancePath+"/ItemBatcher/MaxItemsPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxItemsPerBatch/type",keyword:"type",params:{type: schema10.properties.ItemBatcher.properties.MaxItemsPerBatch.type},message:"must be integer,string",schema:schema10.properties.ItemBatcher.properties.MaxItemsPerBatch.type,parentSchema:schema10.properties.ItemBatcher.properties.MaxItemsPerBatch,data:data43};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 < 1 || isNaN(data43)){
const err57 = {instancePath:instancePath+"/ItemBatcher/MaxItemsPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxItemsPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema10.properties.ItemBatcher.properties.MaxItemsPerBatch,data:data43};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(typeof data43 === "string"){
if(!pattern0.test(data43)){
const err58 = {instancePath:instancePath+"/ItemBatcher/MaxItemsPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxItemsPerBatch/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema10.properties.ItemBatcher.properties.MaxItemsPerBatch,data:data43};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data42.MaxItemsPerBatchPath !== undefined){
let data44 = data42.MaxItemsPerBatchPath;
if(typeof data44 !== "string"){
const err59 = {instancePath:instancePath+"/ItemBatcher/MaxItemsPerBatchPath",schemaPath:"#/properties/ItemBatcher/properties/MaxItemsPerBatchPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemBatcher.properties.MaxItemsPerBatchPath.type,parentSchema:schema10.properties.ItemBatcher.properties.MaxItemsPerBatchPath,data:data44};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data42.MaxInputBytesPerBatch !== undefined){
let data45 = data42.MaxInputBytesPerBatch;
if((!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))) && (typeof data45 !== "string")){
const err60 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/type",keyword:"type",params:{type: schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatch.type},message:"must be integer,string",schema:schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatch.type,parentSchema:schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data45};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 262144 || isNaN(data45)){
const err61 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/maximum",keyword:"maximum",params:{comparison: "<=", limit: 262144},message:"must be <= 262144",schema:262144,parentSchema:schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data45};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data45 < 1 || isNaN(data45)){
const err62 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data45};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(typeof data45 === "string"){
if(!pattern0.test(data45)){
const err63 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data45};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data42.MaxInputBytesPerBatchPath !== undefined){
let data46 = data42.MaxInputBytesPerBatchPath;
if(typeof data46 !== "string"){
const err64 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatchPath",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatchPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatchPath.type,parentSchema:schema10.properties.ItemBatcher.properties.MaxInputBytesPerBatchPath,data:data46};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data42.BatchInput !== undefined){
let data47 = data42.BatchInput;
if(!(data47 && typeof data47 == "object" && !Array.isArray(data47))){
const err65 = {instancePath:instancePath+"/ItemBatcher/BatchInput",schemaPath:"#/properties/ItemBatcher/properties/BatchInput/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemBatcher.properties.BatchInput.type,parentSchema:schema10.properties.ItemBatcher.properties.BatchInput,data:data47};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/ItemBatcher",schemaPath:"#/properties/ItemBatcher/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ItemBatcher.type,parentSchema:schema10.properties.ItemBatcher,data:data42};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.ResultWriter !== undefined){
let data48 = data.ResultWriter;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key7 in data48){
if(!(((key7 === "Resource") || (key7 === "Parameters")) || (key7 === "WriterConfig"))){
const err67 = {instancePath:instancePath+"/ResultWriter",schemaPath:"#/properties/ResultWriter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema10.properties.ResultWriter,data:data48};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data48.Resource !== undefined){
let data49 = data48.Resource;
if(typeof data49 !== "string"){
const err68 = {instancePath:instancePath+"/ResultWriter/Resource",schemaPath:"#/properties/ResultWriter/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ResultWriter.properties.Resource.type,parentSchema:schema10.properties.ResultWriter.properties.Resource,data:data49};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data48.Parameters !== undefined){
let data50 = data48.Parameters;
if(!(data50 && typeof data50 == "object" && !Array.isArray(data50))){
const err69 = {instancePath:instancePath+"/ResultWriter/Parameters",schemaPath:"#/properties/ResultWriter/properties/Parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ResultWriter.properties.Parameters.type,parentSchema:schema10.properties.ResultWriter.properties.Parameters,data:data50};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data48.WriterConfig !== undefined){
let data51 = data48.WriterConfig;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.OutputType !== undefined){
let data52 = data51.OutputType;
if(!((data52 === "JSON") || (data52 === "JSONL"))){
const err70 = {instancePath:instancePath+"/ResultWriter/WriterConfig/OutputType",schemaPath:"#/properties/ResultWriter/properties/WriterConfig/properties/OutputType/enum",keyword:"enum",params:{allowedValues: schema10.properties.ResultWriter.properties.WriterConfig.properties.OutputType.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ResultWriter.properties.WriterConfig.properties.OutputType.enum,parentSchema:schema10.properties.ResultWriter.properties.WriterConfig.properties.OutputType,data:data52};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data51.Transformation !== undefined){
let data53 = data51.Transformation;
if(!(((data53 === "NONE") || (data53 === "COMPACT")) || (data53 === "FLATTEN"))){
const err71 = {instancePath:instancePath+"/ResultWriter/WriterConfig/Transformation",schemaPath:"#/properties/ResultWriter/properties/WriterConfig/properties/Transformation/enum",keyword:"enum",params:{allowedValues: schema10.properties.ResultWriter.properties.WriterConfig.properties.Transformation.enum},message:"must be equal to one of the allowed values",schema:schema10.properties.ResultWriter.properties.WriterConfig.properties.Transformation.enum,parentSchema:schema10.properties.ResultWriter.properties.WriterConfig.properties.Transformation,data:data53};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/ResultWriter/WriterConfig",schemaPath:"#/properties/ResultWriter/properties/WriterConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ResultWriter.properties.WriterConfig.type,parentSchema:schema10.properties.ResultWriter.properties.WriterConfig,data:data51};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/ResultWriter",schemaPath:"#/properties/ResultWriter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.properties.ResultWriter.type,parentSchema:schema10.properties.ResultWriter,data:data48};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.MaxConcurrency !== undefined){
let data54 = data.MaxConcurrency;
if((!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) && (typeof data54 !== "string")){
const err74 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/type",keyword:"type",params:{type: schema10.properties.MaxConcurrency.type},message:"must be integer,string",schema:schema10.properties.MaxConcurrency.type,parentSchema:schema10.properties.MaxConcurrency,data:data54};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err75 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.MaxConcurrency,data:data54};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(typeof data54 === "string"){
if(!pattern0.test(data54)){
const err76 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema10.properties.MaxConcurrency,data:data54};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data.MaxConcurrencyPath !== undefined){
let data55 = data.MaxConcurrencyPath;
if(typeof data55 !== "string"){
const err77 = {instancePath:instancePath+"/MaxConcurrencyPath",schemaPath:"#/properties/MaxConcurrencyPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.MaxConcurrencyPath.type,parentSchema:schema10.properties.MaxConcurrencyPath,data:data55};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.ToleratedFailureCount !== undefined){
let data56 = data.ToleratedFailureCount;
if((!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))) && (typeof data56 !== "string")){
const err78 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/type",keyword:"type",params:{type: schema10.properties.ToleratedFailureCount.type},message:"must be integer,string",schema:schema10.properties.ToleratedFailureCount.type,parentSchema:schema10.properties.ToleratedFailureCount,data:data56};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 0 || isNaN(data56)){
const err79 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.ToleratedFailureCount,data:data56};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(typeof data56 === "string"){
if(!pattern0.test(data56)){
const err80 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema10.properties.ToleratedFailureCount,data:data56};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
if(data.ToleratedFailureCountPath !== undefined){
let data57 = data.ToleratedFailureCountPath;
if(typeof data57 !== "string"){
const err81 = {instancePath:instancePath+"/ToleratedFailureCountPath",schemaPath:"#/properties/ToleratedFailureCountPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ToleratedFailureCountPath.type,parentSchema:schema10.properties.ToleratedFailureCountPath,data:data57};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.ToleratedFailurePercentage !== undefined){
let data58 = data.ToleratedFailurePercentage;
if((!((typeof data58 == "number") && (isFinite(data58)))) && (typeof data58 !== "string")){
const err82 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/type",keyword:"type",params:{type: schema10.properties.ToleratedFailurePercentage.type},message:"must be number,string",schema:schema10.properties.ToleratedFailurePercentage.type,parentSchema:schema10.properties.ToleratedFailurePercentage,data:data58};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 > 100 || isNaN(data58)){
const err83 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema10.properties.ToleratedFailurePercentage,data:data58};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data58 < 0 || isNaN(data58)){
const err84 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema10.properties.ToleratedFailurePercentage,data:data58};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(typeof data58 === "string"){
if(!pattern0.test(data58)){
const err85 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/pattern",keyword:"pattern",params:{pattern: "^\\$\\{[^{}]+\\}$"},message:"must match pattern \""+"^\\$\\{[^{}]+\\}$"+"\"",schema:"^\\$\\{[^{}]+\\}$",parentSchema:schema10.properties.ToleratedFailurePercentage,data:data58};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data.ToleratedFailurePercentagePath !== undefined){
let data59 = data.ToleratedFailurePercentagePath;
if(typeof data59 !== "string"){
const err86 = {instancePath:instancePath+"/ToleratedFailurePercentagePath",schemaPath:"#/properties/ToleratedFailurePercentagePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.ToleratedFailurePercentagePath.type,parentSchema:schema10.properties.ToleratedFailurePercentagePath,data:data59};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.Label !== undefined){
let data60 = data.Label;
if(typeof data60 !== "string"){
const err87 = {instancePath:instancePath+"/Label",schemaPath:"#/properties/Label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.properties.Label.type,parentSchema:schema10.properties.Label,data:data60};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

export const Task_JSONata = validate17;
const schema11 = {"type":"object","x-kind":"Task state","x-other-language-fields":["InputPath","OutputPath","Parameters","ResultSelector","ResultPath","TimeoutSecondsPath","HeartbeatSecondsPath"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"Arguments":{"type":["object","string"],"x-expected":"an object or a JSONata expression \"{% ... %}\""},"Output":{"x-expected":"any JSON value"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Resource":{"type":["string","object"],"x-expected":"an ARN string"},"Credentials":{"type":["object","string"],"x-kind":"Credentials","x-other-language-fields":["RoleArn.$"],"properties":{"RoleArn":{"type":"string","x-expected":"a string or a JSONata expression \"{% ... %}\""}},"required":[],"additionalProperties":false,"x-expected":"an object with \"RoleArn\""},"TimeoutSeconds":{"type":["integer","string"],"minimum":1,"maximum":99999999,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"an integer from 1 to 99999999 (seconds) or a JSONata expression \"{% ... %}\""},"HeartbeatSeconds":{"type":["integer","string"],"minimum":1,"maximum":99999999,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"an integer from 1 to 99999999 (seconds) or a JSONata expression \"{% ... %}\""},"Retry":{"type":"array","items":{"$ref":"retrier.json"},"x-expected":"an array of retriers (objects)"},"Catch":{"type":"array","items":{"$ref":"catcher-JSONata.json"},"x-expected":"an array of catchers (objects)"}},"required":["Type","Resource"],"additionalProperties":false,"$id":"Task_JSONata.json"};
const pattern14 = new RegExp("^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$", "u");
const schema12 = {"type":"object","x-kind":"catcher","x-other-language-fields":["ResultPath"],"properties":{"ErrorEquals":{"type":"array","minItems":1,"items":{"type":"string"},"x-expected":"a non-empty array of error names (strings)"},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Output":{"x-expected":"any JSON value"},"Comment":{"type":"string","x-expected":"a string"}},"required":["ErrorEquals","Next"],"additionalProperties":false,"$id":"catcher-JSONata.json"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="catcher-JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ErrorEquals === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorEquals"},message:"must have required property '"+"ErrorEquals"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Next === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Next"},message:"must have required property '"+"Next"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "ErrorEquals") || (key0 === "Next")) || (key0 === "Assign")) || (key0 === "Output")) || (key0 === "Comment"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ErrorEquals !== undefined){
let data0 = data.ErrorEquals;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/properties/ErrorEquals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.ErrorEquals,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/properties/ErrorEquals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.ErrorEquals.items.type,parentSchema:schema12.properties.ErrorEquals.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/properties/ErrorEquals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.ErrorEquals.type,parentSchema:schema12.properties.ErrorEquals,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Next !== undefined){
let data2 = data.Next;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.Next.type,parentSchema:schema12.properties.Next,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Assign !== undefined){
let data3 = data.Assign;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err7 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.Assign.type,parentSchema:schema12.properties.Assign,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Comment !== undefined){
let data4 = data.Comment;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.Comment.type,parentSchema:schema12.properties.Comment,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Task_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Resource === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.Type.type,parentSchema:schema11.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.Comment.type,parentSchema:schema11.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err5 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema11.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.QueryLanguage.enum,parentSchema:schema11.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.Next.type,parentSchema:schema11.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.End.type,parentSchema:schema11.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Arguments !== undefined){
let data5 = data.Arguments;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (typeof data5 !== "string")){
const err8 = {instancePath:instancePath+"/Arguments",schemaPath:"#/properties/Arguments/type",keyword:"type",params:{type: schema11.properties.Arguments.type},message:"must be object,string",schema:schema11.properties.Arguments.type,parentSchema:schema11.properties.Arguments,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Assign !== undefined){
let data6 = data.Assign;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err9 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.Assign.type,parentSchema:schema11.properties.Assign,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Resource !== undefined){
let data7 = data.Resource;
if((typeof data7 !== "string") && (!(data7 && typeof data7 == "object" && !Array.isArray(data7)))){
const err10 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: schema11.properties.Resource.type},message:"must be string,object",schema:schema11.properties.Resource.type,parentSchema:schema11.properties.Resource,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Credentials !== undefined){
let data8 = data.Credentials;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (typeof data8 !== "string")){
const err11 = {instancePath:instancePath+"/Credentials",schemaPath:"#/properties/Credentials/type",keyword:"type",params:{type: schema11.properties.Credentials.type},message:"must be object,string",schema:schema11.properties.Credentials.type,parentSchema:schema11.properties.Credentials,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!(key1 === "RoleArn")){
const err12 = {instancePath:instancePath+"/Credentials",schemaPath:"#/properties/Credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.Credentials,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.RoleArn !== undefined){
let data9 = data8.RoleArn;
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/Credentials/RoleArn",schemaPath:"#/properties/Credentials/properties/RoleArn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.Credentials.properties.RoleArn.type,parentSchema:schema11.properties.Credentials.properties.RoleArn,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
if(data.TimeoutSeconds !== undefined){
let data10 = data.TimeoutSeconds;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (typeof data10 !== "string")){
const err14 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/type",keyword:"type",params:{type: schema11.properties.TimeoutSeconds.type},message:"must be integer,string",schema:schema11.properties.TimeoutSeconds.type,parentSchema:schema11.properties.TimeoutSeconds,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 99999999 || isNaN(data10)){
const err15 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema11.properties.TimeoutSeconds,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err16 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.TimeoutSeconds,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(typeof data10 === "string"){
if(!pattern14.test(data10)){
const err17 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema11.properties.TimeoutSeconds,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.HeartbeatSeconds !== undefined){
let data11 = data.HeartbeatSeconds;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (typeof data11 !== "string")){
const err18 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/type",keyword:"type",params:{type: schema11.properties.HeartbeatSeconds.type},message:"must be integer,string",schema:schema11.properties.HeartbeatSeconds.type,parentSchema:schema11.properties.HeartbeatSeconds,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 99999999 || isNaN(data11)){
const err19 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema11.properties.HeartbeatSeconds,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.HeartbeatSeconds,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(typeof data11 === "string"){
if(!pattern14.test(data11)){
const err21 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/properties/HeartbeatSeconds/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema11.properties.HeartbeatSeconds,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.Retry !== undefined){
let data12 = data.Retry;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data12[i0], {instancePath:instancePath+"/Retry/" + i0,parentData:data12,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/Retry",schemaPath:"#/properties/Retry/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.Retry.type,parentSchema:schema11.properties.Retry,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.Catch !== undefined){
let data14 = data.Catch;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate19(data14[i1], {instancePath:instancePath+"/Catch/" + i1,parentData:data14,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/Catch",schemaPath:"#/properties/Catch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.Catch.type,parentSchema:schema11.properties.Catch,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

export const Pass_JSONata = validate21;
const schema13 = {"type":"object","x-kind":"Pass state","x-other-language-fields":["InputPath","OutputPath","Parameters","ResultPath","Result"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"Output":{"x-expected":"any JSON value"},"Assign":{"type":"object","x-expected":"an object of variable assignments"}},"required":["Type"],"additionalProperties":false,"$id":"Pass_JSONata.json"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Pass_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Next")) || (key0 === "End")) || (key0 === "Output")) || (key0 === "Assign"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.Type.type,parentSchema:schema13.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.Comment.type,parentSchema:schema13.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema13.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.QueryLanguage.enum,parentSchema:schema13.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.Next.type,parentSchema:schema13.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.End.type,parentSchema:schema13.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Assign !== undefined){
let data5 = data.Assign;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err7 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.Assign.type,parentSchema:schema13.properties.Assign,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const Choice_JSONata = validate22;
const schema14 = {"type":"object","x-kind":"Choice state","x-other-language-fields":["InputPath","OutputPath"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Output":{"x-expected":"any JSON value"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Choices":{"type":"array","minItems":1,"items":{"type":"object"},"x-expected":"a non-empty array of choice rules (objects)"},"Default":{"type":"string","x-expected":"the name of a state (a string)"}},"required":["Type","Choices"],"additionalProperties":false,"$id":"Choice_JSONata.json"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Choice_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Choices === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Choices"},message:"must have required property '"+"Choices"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Output")) || (key0 === "Assign")) || (key0 === "Choices")) || (key0 === "Default"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.Type.type,parentSchema:schema14.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.Comment.type,parentSchema:schema14.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err5 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema14.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.QueryLanguage.enum,parentSchema:schema14.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Assign !== undefined){
let data3 = data.Assign;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err6 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.Assign.type,parentSchema:schema14.properties.Assign,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Choices !== undefined){
let data4 = data.Choices;
if(Array.isArray(data4)){
if(data4.length < 1){
const err7 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.Choices,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err8 = {instancePath:instancePath+"/Choices/" + i0,schemaPath:"#/properties/Choices/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.Choices.items.type,parentSchema:schema14.properties.Choices.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.Choices.type,parentSchema:schema14.properties.Choices,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Default !== undefined){
let data6 = data.Default;
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/Default",schemaPath:"#/properties/Default/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.Default.type,parentSchema:schema14.properties.Default,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const Wait_JSONata = validate23;
const schema15 = {"type":"object","x-kind":"Wait state","x-other-language-fields":["InputPath","OutputPath","SecondsPath","TimestampPath"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"Output":{"x-expected":"any JSON value"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Seconds":{"type":["integer","string"],"minimum":0,"maximum":99999999,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"an integer from 0 to 99999999 (seconds) or a JSONata expression \"{% ... %}\""},"Timestamp":{"type":"string","x-expected":"a string or a JSONata expression \"{% ... %}\""}},"required":["Type"],"additionalProperties":false,"$id":"Wait_JSONata.json"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Wait_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema15.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.Type.type,parentSchema:schema15.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.Comment.type,parentSchema:schema15.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema15.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.QueryLanguage.enum,parentSchema:schema15.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.Next.type,parentSchema:schema15.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema15.properties.End.type,parentSchema:schema15.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Assign !== undefined){
let data5 = data.Assign;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err7 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.Assign.type,parentSchema:schema15.properties.Assign,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Seconds !== undefined){
let data6 = data.Seconds;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
const err8 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/type",keyword:"type",params:{type: schema15.properties.Seconds.type},message:"must be integer,string",schema:schema15.properties.Seconds.type,parentSchema:schema15.properties.Seconds,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 99999999 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema15.properties.Seconds,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.Seconds,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
const err11 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema15.properties.Seconds,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.Timestamp !== undefined){
let data7 = data.Timestamp;
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.Timestamp.type,parentSchema:schema15.properties.Timestamp,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

export const Succeed_JSONata = validate24;
const schema16 = {"type":"object","x-kind":"Succeed state","x-other-language-fields":["InputPath","OutputPath"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Output":{"x-expected":"any JSON value"}},"required":["Type"],"additionalProperties":false,"$id":"Succeed_JSONata.json"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Succeed_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Output"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.Type.type,parentSchema:schema16.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.Comment.type,parentSchema:schema16.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema16.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.QueryLanguage.enum,parentSchema:schema16.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

export const Fail_JSONata = validate25;
const schema17 = {"type":"object","x-kind":"Fail state","x-other-language-fields":["ErrorPath","CausePath"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Error":{"type":"string","x-expected":"a string or a JSONata expression \"{% ... %}\""},"Cause":{"type":"string","x-expected":"a string or a JSONata expression \"{% ... %}\""}},"required":["Type"],"additionalProperties":false,"$id":"Fail_JSONata.json"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Fail_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Error")) || (key0 === "Cause"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.Type.type,parentSchema:schema17.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.Comment.type,parentSchema:schema17.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema17.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.QueryLanguage.enum,parentSchema:schema17.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Error !== undefined){
let data3 = data.Error;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.Error.type,parentSchema:schema17.properties.Error,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Cause !== undefined){
let data4 = data.Cause;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/Cause",schemaPath:"#/properties/Cause/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.Cause.type,parentSchema:schema17.properties.Cause,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

export const Parallel_JSONata = validate26;
const schema18 = {"type":"object","x-kind":"Parallel state","x-other-language-fields":["InputPath","OutputPath","Parameters","ResultSelector","ResultPath"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"Arguments":{"type":["object","string"],"x-expected":"an object or a JSONata expression \"{% ... %}\""},"Output":{"x-expected":"any JSON value"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Retry":{"type":"array","items":{"$ref":"retrier.json"},"x-expected":"an array of retriers (objects)"},"Catch":{"type":"array","items":{"$ref":"catcher-JSONata.json"},"x-expected":"an array of catchers (objects)"},"Branches":{"type":"array","items":{"type":"object","x-kind":"Parallel branch","x-other-language-fields":[],"properties":{"StartAt":{"type":"string","x-expected":"the name of a state (a string)"},"States":{"type":"object","x-expected":"an object of states by name"},"Comment":{"type":"string","x-expected":"a string"}},"required":["StartAt","States"],"additionalProperties":false,"x-expected":"an object with \"StartAt\" and \"States\""},"minItems":1,"x-expected":"a non-empty array of branches (objects with StartAt and States)"}},"required":["Type","Branches"],"additionalProperties":false,"$id":"Parallel_JSONata.json"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Parallel_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Branches === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Branches"},message:"must have required property '"+"Branches"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema18.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.Type.type,parentSchema:schema18.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.Comment.type,parentSchema:schema18.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err5 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema18.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.QueryLanguage.enum,parentSchema:schema18.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.Next.type,parentSchema:schema18.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.End.type,parentSchema:schema18.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Arguments !== undefined){
let data5 = data.Arguments;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (typeof data5 !== "string")){
const err8 = {instancePath:instancePath+"/Arguments",schemaPath:"#/properties/Arguments/type",keyword:"type",params:{type: schema18.properties.Arguments.type},message:"must be object,string",schema:schema18.properties.Arguments.type,parentSchema:schema18.properties.Arguments,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Assign !== undefined){
let data6 = data.Assign;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err9 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.Assign.type,parentSchema:schema18.properties.Assign,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Retry !== undefined){
let data7 = data.Retry;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data7[i0], {instancePath:instancePath+"/Retry/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/Retry",schemaPath:"#/properties/Retry/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.Retry.type,parentSchema:schema18.properties.Retry,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Catch !== undefined){
let data9 = data.Catch;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate19(data9[i1], {instancePath:instancePath+"/Catch/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/Catch",schemaPath:"#/properties/Catch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.Catch.type,parentSchema:schema18.properties.Catch,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Branches !== undefined){
let data11 = data.Branches;
if(Array.isArray(data11)){
if(data11.length < 1){
const err12 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema18.properties.Branches,data:data11};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.StartAt === undefined){
const err13 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema18.properties.Branches.items.required,parentSchema:schema18.properties.Branches.items,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data12.States === undefined){
const err14 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema18.properties.Branches.items.required,parentSchema:schema18.properties.Branches.items,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data12){
if(!(((key1 === "StartAt") || (key1 === "States")) || (key1 === "Comment"))){
const err15 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema18.properties.Branches.items,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data12.StartAt !== undefined){
let data13 = data12.StartAt;
if(typeof data13 !== "string"){
const err16 = {instancePath:instancePath+"/Branches/" + i2+"/StartAt",schemaPath:"#/properties/Branches/items/properties/StartAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.Branches.items.properties.StartAt.type,parentSchema:schema18.properties.Branches.items.properties.StartAt,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data12.States !== undefined){
let data14 = data12.States;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err17 = {instancePath:instancePath+"/Branches/" + i2+"/States",schemaPath:"#/properties/Branches/items/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.Branches.items.properties.States.type,parentSchema:schema18.properties.Branches.items.properties.States,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data12.Comment !== undefined){
let data15 = data12.Comment;
if(typeof data15 !== "string"){
const err18 = {instancePath:instancePath+"/Branches/" + i2+"/Comment",schemaPath:"#/properties/Branches/items/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.Branches.items.properties.Comment.type,parentSchema:schema18.properties.Branches.items.properties.Comment,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/Branches/" + i2,schemaPath:"#/properties/Branches/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.Branches.items.type,parentSchema:schema18.properties.Branches.items,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.Branches.type,parentSchema:schema18.properties.Branches,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

export const Map_JSONata = validate29;
const schema19 = {"type":"object","x-kind":"Map state","x-other-language-fields":["InputPath","OutputPath","Parameters","ResultSelector","ResultPath","ItemsPath","MaxConcurrencyPath","ToleratedFailureCountPath","ToleratedFailurePercentagePath"],"properties":{"Type":{"type":"string","x-expected":"a state type"},"Comment":{"type":"string","x-expected":"a string"},"QueryLanguage":{"enum":["JSONPath","JSONata"],"x-expected":"\"JSONPath\" or \"JSONata\""},"Next":{"type":"string","x-expected":"the name of a state (a string)"},"End":{"type":"boolean","x-expected":"true"},"Output":{"x-expected":"any JSON value"},"Assign":{"type":"object","x-expected":"an object of variable assignments"},"Retry":{"type":"array","items":{"$ref":"retrier.json"},"x-expected":"an array of retriers (objects)"},"Catch":{"type":"array","items":{"$ref":"catcher-JSONata.json"},"x-expected":"an array of catchers (objects)"},"ItemProcessor":{"type":"object","x-kind":"ItemProcessor","x-other-language-fields":[],"properties":{"StartAt":{"type":"string","x-expected":"the name of a state (a string)"},"States":{"type":"object","x-expected":"an object of states by name"},"Comment":{"type":"string","x-expected":"a string"},"ProcessorConfig":{"type":"object","x-kind":"ProcessorConfig","x-other-language-fields":[],"properties":{"Mode":{"enum":["INLINE","DISTRIBUTED"],"x-expected":"\"INLINE\" or \"DISTRIBUTED\""},"ExecutionType":{"enum":["STANDARD","EXPRESS"],"x-expected":"\"STANDARD\" or \"EXPRESS\""}},"required":[],"additionalProperties":false,"x-expected":"an object"}},"required":["StartAt","States"],"additionalProperties":false,"x-expected":"an object with \"StartAt\" and \"States\""},"Iterator":{"type":"object","x-kind":"Iterator","x-other-language-fields":[],"properties":{"StartAt":{"type":"string","x-expected":"the name of a state (a string)"},"States":{"type":"object","x-expected":"an object of states by name"},"Comment":{"type":"string","x-expected":"a string"},"ProcessorConfig":{"type":"object","x-kind":"ProcessorConfig","x-other-language-fields":[],"properties":{"Mode":{"enum":["INLINE","DISTRIBUTED"],"x-expected":"\"INLINE\" or \"DISTRIBUTED\""},"ExecutionType":{"enum":["STANDARD","EXPRESS"],"x-expected":"\"STANDARD\" or \"EXPRESS\""}},"required":[],"additionalProperties":false,"x-expected":"an object"}},"required":["StartAt","States"],"additionalProperties":false,"x-expected":"an object with \"StartAt\" and \"States\""},"Items":{"type":["array","string"],"x-expected":"an array or a JSONata expression \"{% ... %}\""},"ItemSelector":{"type":"object","x-expected":"an object (a payload template)"},"ItemReader":{"type":"object","x-kind":"ItemReader","x-other-language-fields":["Parameters"],"properties":{"Resource":{"type":"string","x-expected":"a string"},"Arguments":{"type":["object","string"],"x-expected":"an object or a JSONata expression \"{% ... %}\""},"ReaderConfig":{"type":"object","x-kind":"ReaderConfig","x-other-language-fields":["MaxItemsPath"],"properties":{"InputType":{"enum":["CSV","JSON","JSONL","MANIFEST","PARQUET"],"x-expected":"\"CSV\", \"JSON\", \"JSONL\", \"MANIFEST\" or \"PARQUET\""},"CSVHeaderLocation":{"enum":["FIRST_ROW","GIVEN"],"x-expected":"\"FIRST_ROW\" or \"GIVEN\""},"CSVHeaders":{"type":"array","items":{"type":"string"},"x-expected":"an array of column names"},"CSVDelimiter":{"enum":["COMMA","PIPE","SEMICOLON","SPACE","TAB"],"x-expected":"\"COMMA\", \"PIPE\", \"SEMICOLON\", \"SPACE\" or \"TAB\""},"MaxItems":{"type":["integer","string"],"minimum":0,"maximum":100000000,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"an integer from 0 to 100000000 or a JSONata expression \"{% ... %}\""},"ManifestType":{"enum":["S3_INVENTORY","ATHENA_DATA"],"x-expected":"\"S3_INVENTORY\" or \"ATHENA_DATA\""}},"required":[],"x-expected":"an object"}},"required":["Resource"],"additionalProperties":false,"x-expected":"an object"},"ItemBatcher":{"type":"object","x-kind":"ItemBatcher","x-other-language-fields":["MaxItemsPerBatchPath","MaxInputBytesPerBatchPath"],"properties":{"MaxItemsPerBatch":{"type":["integer","string"],"minimum":1,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"a positive integer or a JSONata expression \"{% ... %}\""},"MaxInputBytesPerBatch":{"type":["integer","string"],"minimum":1,"maximum":262144,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"an integer from 1 to 262144 or a JSONata expression \"{% ... %}\""},"BatchInput":{"type":["object","string"],"x-expected":"an object or a JSONata expression"}},"required":[],"additionalProperties":false,"x-expected":"an object"},"ResultWriter":{"type":"object","x-kind":"ResultWriter","x-other-language-fields":["Parameters"],"properties":{"Resource":{"type":"string","x-expected":"a string"},"Arguments":{"type":["object","string"],"x-expected":"an object or a JSONata expression \"{% ... %}\""},"WriterConfig":{"type":"object","x-kind":"WriterConfig","x-other-language-fields":[],"properties":{"OutputType":{"enum":["JSON","JSONL"],"x-expected":"\"JSON\" or \"JSONL\""},"Transformation":{"enum":["NONE","COMPACT","FLATTEN"],"x-expected":"\"NONE\", \"COMPACT\" or \"FLATTEN\""}},"required":[],"x-expected":"an object"}},"required":[],"additionalProperties":false,"x-expected":"an object"},"MaxConcurrency":{"type":["integer","string"],"minimum":0,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"a non-negative integer or a JSONata expression \"{% ... %}\""},"ToleratedFailureCount":{"type":["integer","string"],"minimum":0,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"a non-negative integer or a JSONata expression \"{% ... %}\""},"ToleratedFailurePercentage":{"type":["number","string"],"minimum":0,"maximum":100,"pattern":"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$","x-expected":"a number from 0 to 100 or a JSONata expression \"{% ... %}\""},"Label":{"type":"string","x-expected":"a string"}},"required":["Type"],"additionalProperties":false,"$id":"Map_JSONata.json"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="Map_JSONata.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema19.required,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema19.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.Type.type,parentSchema:schema19.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.Comment.type,parentSchema:schema19.properties.Comment,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(!((data2 === "JSONPath") || (data2 === "JSONata"))){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/properties/QueryLanguage/enum",keyword:"enum",params:{allowedValues: schema19.properties.QueryLanguage.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.QueryLanguage.enum,parentSchema:schema19.properties.QueryLanguage,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/properties/Next/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.Next.type,parentSchema:schema19.properties.Next,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.End.type,parentSchema:schema19.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Assign !== undefined){
let data5 = data.Assign;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err7 = {instancePath:instancePath+"/Assign",schemaPath:"#/properties/Assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.Assign.type,parentSchema:schema19.properties.Assign,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Retry !== undefined){
let data6 = data.Retry;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate2(data6[i0], {instancePath:instancePath+"/Retry/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/Retry",schemaPath:"#/properties/Retry/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.Retry.type,parentSchema:schema19.properties.Retry,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Catch !== undefined){
let data8 = data.Catch;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate19(data8[i1], {instancePath:instancePath+"/Catch/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/Catch",schemaPath:"#/properties/Catch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.Catch.type,parentSchema:schema19.properties.Catch,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ItemProcessor !== undefined){
let data10 = data.ItemProcessor;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.StartAt === undefined){
const err10 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema19.properties.ItemProcessor.required,parentSchema:schema19.properties.ItemProcessor,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data10.States === undefined){
const err11 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema19.properties.ItemProcessor.required,parentSchema:schema19.properties.ItemProcessor,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data10){
if(!((((key1 === "StartAt") || (key1 === "States")) || (key1 === "Comment")) || (key1 === "ProcessorConfig"))){
const err12 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.ItemProcessor,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data10.StartAt !== undefined){
let data11 = data10.StartAt;
if(typeof data11 !== "string"){
const err13 = {instancePath:instancePath+"/ItemProcessor/StartAt",schemaPath:"#/properties/ItemProcessor/properties/StartAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.ItemProcessor.properties.StartAt.type,parentSchema:schema19.properties.ItemProcessor.properties.StartAt,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data10.States !== undefined){
let data12 = data10.States;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err14 = {instancePath:instancePath+"/ItemProcessor/States",schemaPath:"#/properties/ItemProcessor/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ItemProcessor.properties.States.type,parentSchema:schema19.properties.ItemProcessor.properties.States,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data10.Comment !== undefined){
let data13 = data10.Comment;
if(typeof data13 !== "string"){
const err15 = {instancePath:instancePath+"/ItemProcessor/Comment",schemaPath:"#/properties/ItemProcessor/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.ItemProcessor.properties.Comment.type,parentSchema:schema19.properties.ItemProcessor.properties.Comment,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data10.ProcessorConfig !== undefined){
let data14 = data10.ProcessorConfig;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key2 in data14){
if(!((key2 === "Mode") || (key2 === "ExecutionType"))){
const err16 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.ItemProcessor.properties.ProcessorConfig,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data14.Mode !== undefined){
let data15 = data14.Mode;
if(!((data15 === "INLINE") || (data15 === "DISTRIBUTED"))){
const err17 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig/Mode",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/properties/Mode/enum",keyword:"enum",params:{allowedValues: schema19.properties.ItemProcessor.properties.ProcessorConfig.properties.Mode.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ItemProcessor.properties.ProcessorConfig.properties.Mode.enum,parentSchema:schema19.properties.ItemProcessor.properties.ProcessorConfig.properties.Mode,data:data15};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data14.ExecutionType !== undefined){
let data16 = data14.ExecutionType;
if(!((data16 === "STANDARD") || (data16 === "EXPRESS"))){
const err18 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig/ExecutionType",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/properties/ExecutionType/enum",keyword:"enum",params:{allowedValues: schema19.properties.ItemProcessor.properties.ProcessorConfig.properties.ExecutionType.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ItemProcessor.properties.ProcessorConfig.properties.ExecutionType.enum,parentSchema:schema19.properties.ItemProcessor.properties.ProcessorConfig.properties.ExecutionType,data:data16};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/ItemProcessor/ProcessorConfig",schemaPath:"#/properties/ItemProcessor/properties/ProcessorConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ItemProcessor.properties.ProcessorConfig.type,parentSchema:schema19.properties.ItemProcessor.properties.ProcessorConfig,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ItemProcessor.type,parentSchema:schema19.properties.ItemProcessor,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Iterator !== undefined){
let data17 = data.Iterator;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.StartAt === undefined){
const err21 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema19.properties.Iterator.required,parentSchema:schema19.properties.Iterator,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data17.States === undefined){
const err22 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema19.properties.Iterator.required,parentSchema:schema19.properties.Iterator,data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data17){
if(!((((key3 === "StartAt") || (key3 === "States")) || (key3 === "Comment")) || (key3 === "ProcessorConfig"))){
const err23 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.Iterator,data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.StartAt !== undefined){
let data18 = data17.StartAt;
if(typeof data18 !== "string"){
const err24 = {instancePath:instancePath+"/Iterator/StartAt",schemaPath:"#/properties/Iterator/properties/StartAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.Iterator.properties.StartAt.type,parentSchema:schema19.properties.Iterator.properties.StartAt,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data17.States !== undefined){
let data19 = data17.States;
if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){
const err25 = {instancePath:instancePath+"/Iterator/States",schemaPath:"#/properties/Iterator/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.Iterator.properties.States.type,parentSchema:schema19.properties.Iterator.properties.States,data:data19};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data17.Comment !== undefined){
let data20 = data17.Comment;
if(typeof data20 !== "string"){
const err26 = {instancePath:instancePath+"/Iterator/Comment",schemaPath:"#/properties/Iterator/properties/Comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.Iterator.properties.Comment.type,parentSchema:schema19.properties.Iterator.properties.Comment,data:data20};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data17.ProcessorConfig !== undefined){
let data21 = data17.ProcessorConfig;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key4 in data21){
if(!((key4 === "Mode") || (key4 === "ExecutionType"))){
const err27 = {instancePath:instancePath+"/Iterator/ProcessorConfig",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.Iterator.properties.ProcessorConfig,data:data21};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data21.Mode !== undefined){
let data22 = data21.Mode;
if(!((data22 === "INLINE") || (data22 === "DISTRIBUTED"))){
const err28 = {instancePath:instancePath+"/Iterator/ProcessorConfig/Mode",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/properties/Mode/enum",keyword:"enum",params:{allowedValues: schema19.properties.Iterator.properties.ProcessorConfig.properties.Mode.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.Iterator.properties.ProcessorConfig.properties.Mode.enum,parentSchema:schema19.properties.Iterator.properties.ProcessorConfig.properties.Mode,data:data22};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data21.ExecutionType !== undefined){
let data23 = data21.ExecutionType;
if(!((data23 === "STANDARD") || (data23 === "EXPRESS"))){
const err29 = {instancePath:instancePath+"/Iterator/ProcessorConfig/ExecutionType",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/properties/ExecutionType/enum",keyword:"enum",params:{allowedValues: schema19.properties.Iterator.properties.ProcessorConfig.properties.ExecutionType.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.Iterator.properties.ProcessorConfig.properties.ExecutionType.enum,parentSchema:schema19.properties.Iterator.properties.ProcessorConfig.properties.ExecutionType,data:data23};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/Iterator/ProcessorConfig",schemaPath:"#/properties/Iterator/properties/ProcessorConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.Iterator.properties.ProcessorConfig.type,parentSchema:schema19.properties.Iterator.properties.ProcessorConfig,data:data21};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.Iterator.type,parentSchema:schema19.properties.Iterator,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.Items !== undefined){
let data24 = data.Items;
if((!(Array.isArray(data24))) && (typeof data24 !== "string")){
const err32 = {instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/type",keyword:"type",params:{type: schema19.properties.Items.type},message:"must be array,string",schema:schema19.properties.Items.type,parentSchema:schema19.properties.Items,data:data24};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.ItemSelector !== undefined){
let data25 = data.ItemSelector;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
const err33 = {instancePath:instancePath+"/ItemSelector",schemaPath:"#/properties/ItemSelector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ItemSelector.type,parentSchema:schema19.properties.ItemSelector,data:data25};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.ItemReader !== undefined){
let data26 = data.ItemReader;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.Resource === undefined){
const err34 = {instancePath:instancePath+"/ItemReader",schemaPath:"#/properties/ItemReader/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema19.properties.ItemReader.required,parentSchema:schema19.properties.ItemReader,data:data26};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key5 in data26){
if(!(((key5 === "Resource") || (key5 === "Arguments")) || (key5 === "ReaderConfig"))){
const err35 = {instancePath:instancePath+"/ItemReader",schemaPath:"#/properties/ItemReader/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.ItemReader,data:data26};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data26.Resource !== undefined){
let data27 = data26.Resource;
if(typeof data27 !== "string"){
const err36 = {instancePath:instancePath+"/ItemReader/Resource",schemaPath:"#/properties/ItemReader/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.ItemReader.properties.Resource.type,parentSchema:schema19.properties.ItemReader.properties.Resource,data:data27};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data26.Arguments !== undefined){
let data28 = data26.Arguments;
if((!(data28 && typeof data28 == "object" && !Array.isArray(data28))) && (typeof data28 !== "string")){
const err37 = {instancePath:instancePath+"/ItemReader/Arguments",schemaPath:"#/properties/ItemReader/properties/Arguments/type",keyword:"type",params:{type: schema19.properties.ItemReader.properties.Arguments.type},message:"must be object,string",schema:schema19.properties.ItemReader.properties.Arguments.type,parentSchema:schema19.properties.ItemReader.properties.Arguments,data:data28};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data26.ReaderConfig !== undefined){
let data29 = data26.ReaderConfig;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.InputType !== undefined){
let data30 = data29.InputType;
if(!(((((data30 === "CSV") || (data30 === "JSON")) || (data30 === "JSONL")) || (data30 === "MANIFEST")) || (data30 === "PARQUET"))){
const err38 = {instancePath:instancePath+"/ItemReader/ReaderConfig/InputType",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/InputType/enum",keyword:"enum",params:{allowedValues: schema19.properties.ItemReader.properties.ReaderConfig.properties.InputType.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ItemReader.properties.ReaderConfig.properties.InputType.enum,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.InputType,data:data30};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data29.CSVHeaderLocation !== undefined){
let data31 = data29.CSVHeaderLocation;
if(!((data31 === "FIRST_ROW") || (data31 === "GIVEN"))){
const err39 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVHeaderLocation",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVHeaderLocation/enum",keyword:"enum",params:{allowedValues: schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaderLocation.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaderLocation.enum,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaderLocation,data:data31};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data29.CSVHeaders !== undefined){
let data32 = data29.CSVHeaders;
if(Array.isArray(data32)){
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
let data33 = data32[i2];
if(typeof data33 !== "string"){
const err40 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVHeaders/" + i2,schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders.items.type,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders.items,data:data33};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVHeaders",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVHeaders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders.type,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVHeaders,data:data32};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data29.CSVDelimiter !== undefined){
let data34 = data29.CSVDelimiter;
if(!(((((data34 === "COMMA") || (data34 === "PIPE")) || (data34 === "SEMICOLON")) || (data34 === "SPACE")) || (data34 === "TAB"))){
const err42 = {instancePath:instancePath+"/ItemReader/ReaderConfig/CSVDelimiter",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/CSVDelimiter/enum",keyword:"enum",params:{allowedValues: schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVDelimiter.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVDelimiter.enum,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.CSVDelimiter,data:data34};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data29.MaxItems !== undefined){
let data35 = data29.MaxItems;
if((!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))) && (typeof data35 !== "string")){
const err43 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/type",keyword:"type",params:{type: schema19.properties.ItemReader.properties.ReaderConfig.properties.MaxItems.type},message:"must be integer,string",schema:schema19.properties.ItemReader.properties.ReaderConfig.properties.MaxItems.type,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data35};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 100000000 || isNaN(data35)){
const err44 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data35};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data35 < 0 || isNaN(data35)){
const err45 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data35};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(typeof data35 === "string"){
if(!pattern14.test(data35)){
const err46 = {instancePath:instancePath+"/ItemReader/ReaderConfig/MaxItems",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/MaxItems/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.MaxItems,data:data35};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data29.ManifestType !== undefined){
let data36 = data29.ManifestType;
if(!((data36 === "S3_INVENTORY") || (data36 === "ATHENA_DATA"))){
const err47 = {instancePath:instancePath+"/ItemReader/ReaderConfig/ManifestType",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/properties/ManifestType/enum",keyword:"enum",params:{allowedValues: schema19.properties.ItemReader.properties.ReaderConfig.properties.ManifestType.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ItemReader.properties.ReaderConfig.properties.ManifestType.enum,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig.properties.ManifestType,data:data36};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/ItemReader/ReaderConfig",schemaPath:"#/properties/ItemReader/properties/ReaderConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ItemReader.properties.ReaderConfig.type,parentSchema:schema19.properties.ItemReader.properties.ReaderConfig,data:data29};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/ItemReader",schemaPath:"#/properties/ItemReader/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ItemReader.type,parentSchema:schema19.properties.ItemReader,data:data26};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.ItemBatcher !== undefined){
let data37 = data.ItemBatcher;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key6 in data37){
if(!(((key6 === "MaxItemsPerBatch") || (key6 === "MaxInputBytesPerBatch")) || (key6 === "BatchInput"))){
const err50 = {instancePath:instancePath+"/ItemBatcher",schemaPath:"#/properties/ItemBatcher/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.ItemBatcher,data:data37};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data37.MaxItemsPerBatch !== undefined){
let data38 = data37.MaxItemsPerBatch;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (typeof data38 !== "string")){
const err51 = {instancePath:instancePath+"/ItemBatcher/MaxItemsPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxItemsPerBatch/type",keyword:"type",params:{type: schema19.properties.ItemBatcher.properties.MaxItemsPerBatch.type},message:"must be integer,string",schema:schema19.properties.ItemBatcher.properties.MaxItemsPerBatch.type,parentSchema:schema19.properties.ItemBatcher.properties.MaxItemsPerBatch,data:data38};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 1 || isNaN(data38)){
const err52 = {instancePath:instancePath+"/ItemBatcher/MaxItemsPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxItemsPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.ItemBatcher.properties.MaxItemsPerBatch,data:data38};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(typeof data38 === "string"){
if(!pattern14.test(data38)){
const err53 = {instancePath:instancePath+"/ItemBatcher/MaxItemsPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxItemsPerBatch/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema19.properties.ItemBatcher.properties.MaxItemsPerBatch,data:data38};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data37.MaxInputBytesPerBatch !== undefined){
let data39 = data37.MaxInputBytesPerBatch;
if((!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) && (typeof data39 !== "string")){
const err54 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/type",keyword:"type",params:{type: schema19.properties.ItemBatcher.properties.MaxInputBytesPerBatch.type},message:"must be integer,string",schema:schema19.properties.ItemBatcher.properties.MaxInputBytesPerBatch.type,parentSchema:schema19.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data39};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 262144 || isNaN(data39)){
const err55 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/maximum",keyword:"maximum",params:{comparison: "<=", limit: 262144},message:"must be <= 262144",schema:262144,parentSchema:schema19.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data39};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data39 < 1 || isNaN(data39)){
const err56 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data39};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(typeof data39 === "string"){
if(!pattern14.test(data39)){
const err57 = {instancePath:instancePath+"/ItemBatcher/MaxInputBytesPerBatch",schemaPath:"#/properties/ItemBatcher/properties/MaxInputBytesPerBatch/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema19.properties.ItemBatcher.properties.MaxInputBytesPerBatch,data:data39};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data37.BatchInput !== undefined){
let data40 = data37.BatchInput;
if((!(data40 && typeof data40 == "object" && !Array.isArray(data40))) && (typeof data40 !== "string")){
const err58 = {instancePath:instancePath+"/ItemBatcher/BatchInput",schemaPath:"#/properties/ItemBatcher/properties/BatchInput/type",keyword:"type",params:{type: schema19.properties.ItemBatcher.properties.BatchInput.type},message:"must be object,string",schema:schema19.properties.ItemBatcher.properties.BatchInput.type,parentSchema:schema19.properties.ItemBatcher.properties.BatchInput,data:data40};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/ItemBatcher",schemaPath:"#/properties/ItemBatcher/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ItemBatcher.type,parentSchema:schema19.properties.ItemBatcher,data:data37};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.ResultWriter !== undefined){
let data41 = data.ResultWriter;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key7 in data41){
if(!(((key7 === "Resource") || (key7 === "Arguments")) || (key7 === "WriterConfig"))){
const err60 = {instancePath:instancePath+"/ResultWriter",schemaPath:"#/properties/ResultWriter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.ResultWriter,data:data41};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data41.Resource !== undefined){
let data42 = data41.Resource;
if(typeof data42 !== "string"){
const err61 = {instancePath:instancePath+"/ResultWriter/Resource",schemaPath:"#/properties/ResultWriter/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.ResultWriter.properties.Resource.type,parentSchema:schema19.properties.ResultWriter.properties.Resource,data:data42};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data41.Arguments !== undefined){
let data43 = data41.Arguments;
if((!(data43 && typeof data43 == "object" && !Array.isArray(data43))) && (typeof data43 !== "string")){
const err62 = {instancePath:instancePath+"/ResultWriter/Arguments",schemaPath:"#/properties/ResultWriter/properties/Arguments/type",keyword:"type",params:{type: schema19.properties.ResultWriter.properties.Arguments.type},message:"must be object,string",schema:schema19.properties.ResultWriter.properties.Arguments.type,parentSchema:schema19.properties.ResultWriter.properties.Arguments,data:data43};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data41.WriterConfig !== undefined){
let data44 = data41.WriterConfig;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.OutputType !== undefined){
let data45 = data44.OutputType;
if(!((data45 === "JSON") || (data45 === "JSONL"))){
const err63 = {instancePath:instancePath+"/ResultWriter/WriterConfig/OutputType",schemaPath:"#/properties/ResultWriter/properties/WriterConfig/properties/OutputType/enum",keyword:"enum",params:{allowedValues: schema19.properties.ResultWriter.properties.WriterConfig.properties.OutputType.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ResultWriter.properties.WriterConfig.properties.OutputType.enum,parentSchema:schema19.properties.ResultWriter.properties.WriterConfig.properties.OutputType,data:data45};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data44.Transformation !== undefined){
let data46 = data44.Transformation;
if(!(((data46 === "NONE") || (data46 === "COMPACT")) || (data46 === "FLATTEN"))){
const err64 = {instancePath:instancePath+"/ResultWriter/WriterConfig/Transformation",schemaPath:"#/properties/ResultWriter/properties/WriterConfig/properties/Transformation/enum",keyword:"enum",params:{allowedValues: schema19.properties.ResultWriter.properties.WriterConfig.properties.Transformation.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.ResultWriter.properties.WriterConfig.properties.Transformation.enum,parentSchema:schema19.properties.ResultWriter.properties.WriterConfig.properties.Transformation,data:data46};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/ResultWriter/WriterConfig",schemaPath:"#/properties/ResultWriter/properties/WriterConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ResultWriter.properties.WriterConfig.type,parentSchema:schema19.properties.ResultWriter.properties.WriterConfig,data:data44};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/ResultWriter",schemaPath:"#/properties/ResultWriter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.ResultWriter.type,parentSchema:schema19.properties.ResultWriter,data:data41};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.MaxConcurrency !== undefined){
let data47 = data.MaxConcurrency;
if((!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) && (typeof data47 !== "string")){
const err67 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/type",keyword:"type",params:{type: schema19.properties.MaxConcurrency.type},message:"must be integer,string",schema:schema19.properties.MaxConcurrency.type,parentSchema:schema19.properties.MaxConcurrency,data:data47};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 0 || isNaN(data47)){
const err68 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.MaxConcurrency,data:data47};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(typeof data47 === "string"){
if(!pattern14.test(data47)){
const err69 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema19.properties.MaxConcurrency,data:data47};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
if(data.ToleratedFailureCount !== undefined){
let data48 = data.ToleratedFailureCount;
if((!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))) && (typeof data48 !== "string")){
const err70 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/type",keyword:"type",params:{type: schema19.properties.ToleratedFailureCount.type},message:"must be integer,string",schema:schema19.properties.ToleratedFailureCount.type,parentSchema:schema19.properties.ToleratedFailureCount,data:data48};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err71 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.ToleratedFailureCount,data:data48};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(typeof data48 === "string"){
if(!pattern14.test(data48)){
const err72 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema19.properties.ToleratedFailureCount,data:data48};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data.ToleratedFailurePercentage !== undefined){
let data49 = data.ToleratedFailurePercentage;
if((!((typeof data49 == "number") && (isFinite(data49)))) && (typeof data49 !== "string")){
const err73 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/type",keyword:"type",params:{type: schema19.properties.ToleratedFailurePercentage.type},message:"must be number,string",schema:schema19.properties.ToleratedFailurePercentage.type,parentSchema:schema19.properties.ToleratedFailurePercentage,data:data49};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 100 || isNaN(data49)){
const err74 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema19.properties.ToleratedFailurePercentage,data:data49};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data49 < 0 || isNaN(data49)){
const err75 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.ToleratedFailurePercentage,data:data49};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(typeof data49 === "string"){
if(!pattern14.test(data49)){
const err76 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"},message:"must match pattern \""+"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$"+"\"",schema:"^(\\$\\{[^{}]+\\}|\\{%[\\s\\S]*%\\})$",parentSchema:schema19.properties.ToleratedFailurePercentage,data:data49};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data.Label !== undefined){
let data50 = data.Label;
if(typeof data50 !== "string"){
const err77 = {instancePath:instancePath+"/Label",schemaPath:"#/properties/Label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.Label.type,parentSchema:schema19.properties.Label,data:data50};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

